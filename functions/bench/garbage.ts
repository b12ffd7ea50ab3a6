import v8 from "node:v8";
import vm from "node:vm";

/**
 * A real garbage collection without --expose-gc on the command line: for memory readings, and between bench
 * sections, so that one section's garbage (the 10,000-item indexes: hundreds of MB) is not collected in the middle
 * of the next one's latency measurements.
 */
function exposedGc(): () => void {
  v8.setFlagsFromString("--expose_gc");
  return vm.runInNewContext("gc") as () => void;
}

export const collectGarbage = exposedGc();
