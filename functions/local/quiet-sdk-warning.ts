// The AWS SDK warns on every local run that its 2027 releases need Node 22; we pin an SDK version that supports
// Node 20 (README: Prerequisites), so the notice is only noise in the terminal chat. Imported first.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
