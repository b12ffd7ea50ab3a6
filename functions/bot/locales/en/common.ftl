start =
    Hello! I answer questions about setting up and running a non-profit organization in Kazakhstan: registration, charter, reporting, taxes, grants, licences, liquidation.

    Ask in your own words (for example: <i>How many founders does a public association need?</i>) or pick a topic below.

    I give legal information with references to the law, not legal advice. Binding answers come from the justice department, eGov and the 1414 contact centre.
help =
    Just type your question — I look it up in a verified knowledge base and cite the law.

    /menu — topics
    /wizard — helpers: choosing a legal form, registration checklist, state grant pre-check
    /language — answer language
    /consultant — ask a human consultant
    /help — this help

    For consultants: forward me your client's messages — I prepare a client-ready answer and notes for you. In any chat you can type <code>@{ $bot } question</code>.
unsupported = I can only read text. Please type your question.
long-question = <i>Your question is very long: I searched with its beginning.</i>
rate-limited = Too many messages in a row. Please wait a minute and ask again.
menu-title = Pick a topic:
menu-button = 📚 Topics
topic-title = <b>{ $topic }</b> — pick a question:
topic-empty = Nothing in this topic yet.
page-next = Next ›
page-previous = ‹ Back
language-prompt = Choose the answer language:
language-set = Done: I answer in English.
language-auto = Automatic (the question's language)
language-auto-set = Done: I answer in the language of each question.
topic-legal-forms = Legal forms
topic-registration = Registration
topic-charter = Charter
topic-reporting = Reporting
topic-foreign-funding = Foreign funding
topic-taxes = Taxes
topic-state-support = Grants and state social order
topic-licensing = Licensing
topic-liquidation = Closing an NGO
topic-general = General
feedback-up = 👍
feedback-down = 👎
feedback-thanks = Thanks for the feedback!
feedback-ask-comment = Thanks! What was wrong? Reply in one message (or /skip).
feedback-comment-saved = Thanks, I passed it to the knowledge editors.
feedback-skip = OK, no comment.
ask-consultant = 🙋 Ask a consultant
follow-up-note = <i>I took this as a follow-up to “{ $topic }”.</i>
