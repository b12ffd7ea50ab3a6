## Guided helpers (/wizard). Telegram HTML: only <b>, <i>, <code>, <a href>; escape & < > in text.
## Every fact below comes from the knowledge item named in the comment above its group.

wizard-menu-title = Choose a helper:
wizard-cancel = ✖ Cancel
wizard-cancelled = The helper is closed. You can ask a question in your own words at any time.
wizard-stale = This button is from an older step; here is the current question.
wizard-result-more = More details:
wizard-resume = Continue the helper
wizard-note-free-text = I answered your question; the helper is still open — continue with the buttons above or /cancel.

wizard-opt-yes = Yes
wizard-opt-no = No
wizard-opt-unsure = I don't know
wizard-opt-pa = Public association (PA)
wizard-opt-fund = Fund (foundation)
wizard-opt-inst = Private institution
wizard-opt-ale = Association (union) of legal entities

## Which legal form fits me? (legal-form-choice and the legal-forms items)

wizard-form-title = 🧭 Which legal form fits us?
wizard-form-q-goal = What do you want to create?
wizard-form-opt-members = An organisation with members who join and vote
wizard-form-opt-coord = Organisations or entrepreneurs joining forces
wizard-form-opt-property = Money or property for a public-benefit goal
wizard-form-opt-service = A service organisation (centre, courses, school)
wizard-form-opt-consumer = Pooling share contributions for our own needs
wizard-form-opt-religion = Religious activity
wizard-form-q-who = Who will the founders be?
wizard-form-opt-citizens = Citizens (individuals)
wizard-form-opt-orgs = Legal entities and/or entrepreneurs
wizard-form-q-count = How many founders?
wizard-form-opt-one = One
wizard-form-opt-two = Two
wizard-form-opt-three = Three or more
wizard-form-q-grants = Do you plan to apply for state grants?

wizard-form-r-pa = Recommendation: public association (PA)
wizard-form-r-pa-need3 = A public association needs at least 3 founders
wizard-form-r-ale = Recommendation: association (union) of legal entities
wizard-form-r-ale-need2 = An association (union) needs at least two founders
wizard-form-r-fund = Recommendation: fund (foundation)
wizard-form-r-fund-service = Recommendation: a fund (or a private institution with one founder)
wizard-form-r-inst = Recommendation: private institution
wizard-form-r-coop = Recommendation: consumer cooperative
wizard-form-r-coop-need2 = A consumer cooperative needs at least 2 citizen members
wizard-form-r-religion = Religious activity: only a religious association

wizard-form-l-common = <i>The choice is yours; check the details with the justice department or call 1414.</i>
wizard-form-l-grants-ngo = State grants: this form is an NGO and may compete for them, but grants go only to NGOs included in the NGO database, so file your data to it every year by 31 March.

wizard-form-l-pa-why = A PA is a voluntary association of citizens for common lawful goals. It is a membership organisation: members take part in governance and pay membership fees if the charter provides for them.
wizard-form-l-pa-founders = A PA needs at least <b>3 citizens of Kazakhstan</b> as founders (since 21.12.2023, Law No 49-VIII; 10 were required before, and older guides may still say so).
wizard-form-l-pa-count = You have { $count } — invite more founders before the founding meeting.
wizard-form-l-pa-status = Status: local (one oblast, city of republican significance or the capital), regional (branches in fewer than half of the regions) or republican (in more than half).
wizard-form-l-pa-before-reg = A PA may not operate before state registration.
wizard-form-l-pa-tax = From 1 Jan 2026, grants, donations, membership fees and state social order income are excluded from a PA's taxable income (Tax Code Art. 329).

wizard-form-l-ale-why = An association (union) is created by legal entities and/or individual entrepreneurs to coordinate their activity and to represent and defend common interests; non-commercial organisations may also join associations.
wizard-form-l-ale-who = Members of an association are legal entities and individual entrepreneurs; citizens without entrepreneur status are not named as members in the law — a public association is the form for uniting citizens.
wizard-form-l-ale-founders = <b>A single founder is not allowed</b>: you need at least two. The constituent documents are the charter and the founding agreement.
wizard-form-l-ale-liability = Members keep their independence; they bear subsidiary liability for the association's debts to the extent set in the constituent documents.
wizard-form-l-ale-name = The name must contain the word "association" or "union"; an association has no territorial status.
wizard-form-l-ale-tax = From 1 Jan 2026, grants, donations and membership fees are excluded from its taxable income (Tax Code Art. 329).

wizard-form-l-fund-why = A fund has <b>no members</b>: it is created on voluntary property contributions for social, charitable, cultural, educational or other public-benefit goals.
wizard-form-l-fund-private = Your type: a <b>private fund</b> (one person or members of one family).
wizard-form-l-fund-private-or-public = Your type: a <b>private fund</b> if you are one family, a <b>public fund</b> if you are not (public associations may also found a public fund).
wizard-form-l-fund-corporate = Your type: a <b>corporate fund</b> (one or more legal entities, commercial and/or non-commercial).
wizard-form-l-fund-one = One founder is allowed; with one founder no founding agreement is made.
wizard-form-l-fund-several = With two or more founders the constituent documents are the charter and the founding agreement.
wizard-form-l-fund-board = A board of trustees is mandatory; the head and the accountant may not be spouses or relatives, and one person may not hold both posts.
wizard-form-l-fund-report = Every year the fund publishes a report on the use of its property; a fund has no territorial status.
wizard-form-l-fund-tax = From 1 Jan 2026, grants, donations and sponsorship are excluded from the fund's income (Tax Code Art. 329); income from selling goods or services is taxed under the general rules.

wizard-form-l-inst-why = A private institution is the form for one founder who runs a service organisation (a centre, courses, a school); the founder may be a citizen or a non-state legal entity.
wizard-form-l-inst-docs = The constituent documents are the founder's decision to create it and the regulation (charter) the founder approves; with one founder no founding agreement is needed.
wizard-form-l-inst-liability = Property is held under operational management; if the institution's money runs short, <b>the founder answers for its debts</b> (subsidiary liability).
wizard-form-l-inst-tax = The main downside: the Tax Code Art. 329 exclusion (grants, donations, fees and state social order income are not counted as income) <b>does not apply to institutions</b>, private ones included.
wizard-form-l-inst-licence = Private schools, kindergartens and clinics often need a licence: the right to such activity starts only once the licence is issued.
wizard-form-l-inst-single = A private institution is the form for one founder who runs a service organisation; one of you could found it alone, but then the founder answers for its debts and the Art. 329 tax exclusion does not apply.
wizard-form-l-alt-fund-tax = If you mainly expect grants and donations, compare with a fund: one founder is allowed there too, and the Art. 329 exclusion applies to it.

wizard-form-l-alt-fund = If you need no members and have money or property for a public-benefit goal: a <b>fund</b> — one founder is enough.
wizard-form-l-alt-inst = If one founder runs a service organisation (a centre, courses, a school): a <b>private institution</b>.
wizard-form-l-alt-coop = If you pool share contributions for your own needs: a <b>consumer cooperative</b> (at least 2 citizens).
wizard-form-l-alt-pa = If you want members who join and take part in governance: a <b>public association</b> (at least 3 citizens).
wizard-form-l-alt-ale = If legal entities and/or entrepreneurs want to coordinate their activity and defend common interests: an <b>association (union)</b> with at least two founders.
wizard-form-l-alt-corp-fund = One legal entity with money or property for a public-benefit goal: a <b>corporate fund</b> (one or more legal entities, no members).
wizard-form-l-alt-inst-org = One non-state legal entity running a service organisation: a <b>private institution</b> (one founder is enough; the founder answers for its debts if its money runs short).

wizard-form-l-coop-why = In a consumer cooperative members pool property (share) contributions to meet their own material and other needs; its main consumers are its members.
wizard-form-l-coop-members = It needs <b>at least 2 citizen members</b> (aged 18 or over); legal entities may be members too; a single founder is not possible. The constituent documents are the charter and the founding agreement.
wizard-form-l-coop-income = Income is not shared among members and goes to the charter goals; members cover a year's losses with extra contributions.
wizard-form-l-coop-tax = The Tax Code Art. 329 exclusion (grants, donations and fees are not income) does not apply to consumer cooperatives.
wizard-form-l-coop-grants = State grants: cooperatives are not on the list of organisations that file to the NGO database, and state grants go only to NGOs in that database. If your aim is grant-funded work, look at a PA, a fund or another form on that list.
wizard-form-l-coop-check = <i>The cooperative law was checked as worded on 21.11.2014; check the current text.</i>

wizard-form-l-rel-only = A legal entity that carries on religious activity may be created <b>only as a religious association</b> (spiritual education organisations aside); a community cannot be registered as a PA or a fund for religious activity.
wizard-form-l-rel-local = Local: at least <b>50 citizens</b> of Kazakhstan, within one oblast, city of republican significance or the capital.
wizard-form-l-rel-regional = Regional: initiated by at least <b>2 local</b> religious associations with at least <b>500 citizens</b> in total.
wizard-form-l-rel-republican = Republican: at least <b>5,000 citizens</b> from all oblasts, cities of republican significance and the capital (at least 300 in each).
wizard-form-l-rel-registration = The Ministry of Justice registers republican and regional associations, a territorial justice body local ones; a religious-studies expert review is made. The eGov e-application rule does not cover religious associations.
wizard-form-l-rel-not-ngo = For state grants, awards and state social order a religious association <b>is not an NGO</b>, and it does not file to the NGO database.
wizard-form-l-rel-check = <i>The law was checked as worded on 01.07.2023; check for changes after the 2026 Constitution.</i>

## Registration checklist (registration items, registration-fee, registration-egov, after-registration-steps)

wizard-reg-title = ✅ Registration checklist
wizard-reg-q-form = Which form are you registering?
wizard-reg-q-status = Territorial status of the PA?
wizard-reg-opt-local = Local (one oblast or city)
wizard-reg-opt-regional = Regional
wizard-reg-opt-republic = Republican
wizard-reg-q-pakind = Is it one of these PAs? (This changes the fee.)
wizard-reg-opt-std = No, an ordinary PA
wizard-reg-opt-youth = Children's or youth PA
wizard-reg-opt-disab = PA of persons with disabilities
wizard-reg-q-founders = How many founders does the fund have?
wizard-reg-opt-one = One
wizard-reg-opt-several = Two or more

wizard-reg-r-pa = Checklist: registering a public association
wizard-reg-r-fund = Checklist: registering a fund
wizard-reg-r-inst = Checklist: registering a private institution
wizard-reg-r-ale = Checklist: registering an association (union) of legal entities

wizard-reg-h-before = <b>Before filing</b>
wizard-reg-h-docs = <b>Documents</b>
wizard-reg-h-filing = <b>Where and how</b>
wizard-reg-h-after = <b>After registration</b>

wizard-reg-l-fee = ☐ Pay the registration fee <b>before filing</b>: 6.5 MCI = 28,112.5 ₸ in 2026 (the amount follows the MCI on the day of payment).
wizard-reg-l-fee-youth = ☐ Pay the fee <b>before filing</b>: children's and youth PAs pay 2 MCI = 8,650 ₸ in 2026 (the amount follows the MCI on the day of payment).
wizard-reg-l-fee-disab = ☐ Fee, paid <b>before filing</b>: PAs of persons with disabilities pay 2 MCI = 8,650 ₸ if they meet the conditions, but the Tax Code refers to "Art. 322", which deals with another subject (the conditions are in Art. 331). Confirm with the justice body or the tax authority before paying 2 MCI instead of 6.5 MCI = 28,112.5 ₸.
wizard-reg-l-doc-application = ☐ Application in the Ministry of Justice form
wizard-reg-l-doc-fee = ☐ Proof that the fee was paid
wizard-reg-l-no-other-docs = <i>The law forbids asking for any other documents.</i>
wizard-reg-l-constituent-docs = ☐ Constituent documents in Kazakh and Russian, in electronic form
wizard-reg-l-notary = <i>Constituent documents need notarisation only where a law expressly says so; no other documents may be demanded.</i>

wizard-reg-l-pa-meeting = ☐ Hold the founding congress (conference, meeting): at least <b>3 citizens of Kazakhstan</b> (since 21.12.2023; 10 before) adopt the charter and form the governing bodies.
wizard-reg-l-pa-two-months = ☐ File the application <b>within 2 months</b> of the PA's creation (if you missed this term for a good reason, the registering body may restore it).
wizard-reg-l-pa-charter = ☐ Charter in Kazakh and Russian
wizard-reg-l-pa-minutes = ☐ Minutes of the founding congress (meeting) that adopted the charter
wizard-reg-l-pa-founders = ☐ Information on the initiators (founders)
wizard-reg-l-pa-address = ☐ Document confirming the PA's location (address)
wizard-reg-l-pa-body-local = ☐ Registering body: the <b>territorial justice body</b> (justice department) — a local PA works within one oblast, city of republican significance or the capital.
wizard-reg-l-pa-body-ministry = ☐ Registering body: the <b>Ministry of Justice</b> (regional and republican PAs).
wizard-reg-l-pa-no-activity = <i>A PA may not operate before registration.</i>

wizard-reg-l-fund-type = ☐ The type of fund follows its founders: private (one citizen or one family), corporate (legal entities), public (unrelated citizens and/or public associations).
wizard-reg-l-fund-charter = ☐ Charter: besides the general items it describes the fund's bodies, including the mandatory <b>board of trustees</b>, how officials are appointed and dismissed, and what happens to the property on liquidation.
wizard-reg-l-fund-one = ☐ With one founder no founding agreement is needed.
wizard-reg-l-fund-agreement = ☐ Founding agreement (needed with two or more founders)
wizard-reg-l-fund-docs-one = ☐ Charter in Kazakh and Russian, in electronic form
wizard-reg-l-fund-docs = ☐ Charter and founding agreement in Kazakh and Russian, in electronic form

wizard-reg-l-inst-founder = ☐ One founder: a citizen or a non-state legal entity (for example, an LLP); the founder bears subsidiary liability.
wizard-reg-l-inst-docs = ☐ The founder's decision and the institution's regulation (charter)
wizard-reg-l-inst-tax = <i>Tax warning: from 2026 the Tax Code Art. 329 exclusion for grants, donations and state-order income does not apply to institutions.</i>
wizard-reg-l-ale-founders = ☐ At least two founders — legal entities and/or individual entrepreneurs; a single founder is not allowed.
wizard-reg-l-ale-docs = ☐ Charter and founding agreement; the charter sets out the bodies, decision-making and how remaining property is distributed.
wizard-reg-l-ale-name = ☐ The name contains the word "association" or "union" and shows the members' main field of activity.

wizard-reg-l-body-unknown = ☐ Registering body: the justice bodies. The texts checked do not say whether the Ministry or a territorial department registers this form — ask the justice department.
wizard-reg-l-egov = ☐ How: under the Registration Law as worded on 01.07.2026, an <b>electronic application through the eGov portal</b>, signed with an EDS (the applicant's IIN must be in the tax authorities' database); the constituent documents in Kazakh and Russian are filed in electronic form.
wizard-reg-l-egov-practice = <i>In 2025 a Ministry of Justice official said NGO documents were still filed in person. If the portal does not accept your application, contact the justice department.</i>
wizard-reg-l-term = ☐ Term: no later than <b>5 working days</b> after filing. It is interrupted if documents are incomplete or an expert review is needed; defects not fixed within 1 month lead to refusal (unless an expert opinion is still pending).
wizard-reg-l-result = ☐ Result: a certificate of state registration with a <b>BIN</b>.

wizard-reg-l-after-tax = ☐ Within <b>5 working days</b>: if you want a special tax regime, notify the tax authority; otherwise the general regime applies.
wizard-reg-l-after-bank = ☐ Open a bank account (the bank sets its own document list).
wizard-reg-l-after-annual = ☐ Every year <b>by 31 March</b>: data to the NGO database and the CIT declaration.
wizard-reg-l-after-changes = ☐ Changes (head, founders, contact details): notify the registering body <b>within 1 month</b>.
wizard-reg-l-after-branches = ☐ Within <b>1 year</b> of registration: give the Ministry of Justice copies of the documents showing that your branches were registered with the territorial justice bodies.
wizard-reg-l-after-fund-report = ☐ Every year: publish the report on the use of the fund's property.
wizard-reg-l-after-licence = ☐ Licensed activities only after the licence is obtained.
wizard-reg-l-check = <i>Check the filing channel and the application form with the justice department or call 1414.</i>

## State grant pre-screen (state-grants-eligibility, ngo-database, state-grants-how-to-apply, state-grants-types)

wizard-grant-title = 🎯 Can we apply for a state grant?
wizard-grant-q-type = What is your organisation?
wizard-grant-opt-coop = Consumer cooperative
wizard-grant-opt-relig = Religious association
wizard-grant-opt-party = Political party or trade union
wizard-grant-opt-state = Founded by the state
wizard-grant-q-registered = Is the organisation registered (do you have the registration certificate with a BIN)?
wizard-grant-q-database = Is it included in the NGO database (last year's data filed through infonpo.gov.kz by 31 March)?
wizard-grant-q-liquidation = Is it in liquidation, or has it been declared bankrupt?
wizard-grant-q-suspended = Has its economic activity been suspended?
wizard-grant-q-debt = Does it have debts in enforcement proceedings?
wizard-grant-q-arrest = Is any of its property under arrest?
wizard-grant-q-procurement = Is it on the register of unreliable participants in public procurement?
wizard-grant-q-relatives = Is any head or founder the spouse, a close relative or an in-law of an authorised person of the state body or of the grant operator?
wizard-grant-q-lists = Is any head or founder on the lists of persons linked to terrorism, extremism or financing the proliferation of weapons of mass destruction?
wizard-grant-q-charter = Do the charter goals cover the grant direction, and does the charter state a territory and status matching the project region?

wizard-grant-r-ok = Eligible as far as these checks go
wizard-grant-r-check = No obstacle found yet — check these points before applying
wizard-grant-r-not-yet = Not yet: these points stand in the way
wizard-grant-r-not-ngo = No: not an NGO under the grants law
wizard-grant-r-coop = Not as a consumer cooperative

wizard-grant-l-ngo-definition = State grants go only to a non-governmental organisation (NGO): a non-commercial organisation set up voluntarily by citizens and/or non-state legal entities (Law No 36-III, Art. 1 sp. 7).
wizard-grant-l-not-ngo-relig = ✖ Religious associations are not NGOs under this law, and they do not file to the NGO database.
wizard-grant-l-not-ngo-party = ✖ Political parties and trade unions are not NGOs under this law.
wizard-grant-l-not-ngo-state = ✖ Organisations founded by the state do not fit the definition of an NGO.
wizard-grant-l-coop = ✖ Consumer cooperatives are not on the list of organisations that file to the NGO database, and state grants go only to NGOs in that database. For grant-funded work, look at a PA, a fund or another form on that list.
wizard-grant-l-unregistered = ✖ Not registered yet: a state grant goes only to an NGO included in the NGO database. Fix: register first (see the registration checklist in /wizard), then file your data to the NGO database (infonpo.gov.kz, every year by 31 March).

wizard-grant-l-database-fail = ✖ Not in the NGO database: only NGOs included in it can get a state grant. Fix: file your data through infonpo.gov.kz — every year by 31 March (in practice for the previous year); the authorised body checks the data before including it.
wizard-grant-l-database-check = ❔ NGO database: check that last year's data was filed through infonpo.gov.kz; ask the authorised body for NGO interaction or your akimat.
wizard-grant-l-liquidation-fail = ✖ An NGO in liquidation or declared bankrupt cannot get a state grant.
wizard-grant-l-liquidation-check = ❔ Check whether a liquidation has been started or the organisation has been declared bankrupt: either rules out a state grant.
wizard-grant-l-suspended-fail = ✖ An NGO whose economic activity is suspended cannot get a state grant.
wizard-grant-l-suspended-check = ❔ Check whether the organisation's activity has been suspended (for example, a repeated NGO database violation within a year can bring a 3-month suspension).
wizard-grant-l-debt-fail = ✖ An NGO with debts in enforcement proceedings cannot get a state grant. Before applying, make sure no such debt remains.
wizard-grant-l-debt-check = ❔ Check that the organisation has no debt in enforcement proceedings.
wizard-grant-l-arrest-fail = ✖ An NGO whose property is under arrest cannot get a state grant. Before applying, make sure no arrest remains.
wizard-grant-l-arrest-check = ❔ Check that none of the organisation's property is under arrest.
wizard-grant-l-procurement-fail = ✖ An NGO on the register of unreliable participants in public procurement cannot get a state grant.
wizard-grant-l-procurement-check = ❔ Check whether the organisation is on the register of unreliable participants in public procurement.
wizard-grant-l-relatives-fail = ✖ An NGO whose head or founder is the spouse, a close relative or an in-law of an authorised person of the state body and/or the operator cannot get a state grant.
wizard-grant-l-relatives-check = ❔ Check whether any head or founder is the spouse, a close relative or an in-law of an authorised person of the state body or the operator.
wizard-grant-l-lists-fail = ✖ An NGO whose head or founder is on the lists of persons linked to terrorism, extremism or financing the proliferation of weapons of mass destruction cannot get a state grant.
wizard-grant-l-lists-check = ❔ Check that no head or founder is on the lists of persons linked to terrorism, extremism or financing the proliferation of weapons of mass destruction.
wizard-grant-l-charter-fail = ✖ Charter: the goals must cover the grant direction, and the charter must state a territory and status matching the project region; according to the operator, applications most often fail at the check of founding documents. Fix: amend the charter in advance — the supreme body decides, and the amendments are registered (up to 5 working days).
wizard-grant-l-charter-check = ❔ Compare the charter goals, territory and status with the grant direction and the project region in the call.

wizard-grant-l-next = Next: competitions are run by the operator, the non-profit JSC "Civil Initiatives Support Center" (CISC), and announced on cisc.kz; prepare a project with goals, results and a budget.
wizard-grant-l-long-term = A long-term grant (2–3 years) goes only to NGOs that have the material base a long-term project needs.
wizard-grant-l-inst-tax = Note: the Tax Code Art. 329 exclusion of grants from income does not apply to institutions.
wizard-grant-l-final = <i>The final word on admission is in the operator's (CISC) competition documents; application windows are announced every year.</i>
