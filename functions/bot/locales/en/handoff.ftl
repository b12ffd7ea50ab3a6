consultant-prompt = Write your question for a consultant in one message. I'll pass it on together with what I found.
consultant-created =
    Your question was passed to a consultant, case <b>{ $case }</b>.
    The answer will arrive in this chat. Consultants answer during working hours, usually within a working day.
consultant-unavailable =
    Case <b>{ $case }</b> is saved, but no consultants are connected to the bot right now.
    For urgent questions, contact the justice department or call 1414.
consultant-reply = <b>Consultant's answer</b> (case { $case }):
consultant-closed = The consultant closed case <b>{ $case }</b>. If you have more questions, just write them.
case-card =
    <b>Case { $case }</b> · language: { $language }
    <b>Question:</b>
    { $question }

    <b>Bot's answer:</b> { $bot }
    Reply in this topic (or reply to this message): the bot forwards your answer to the user.
case-bot-answered = “{ $title }” (confidence { $confidence }%)
case-bot-declined = no confident answer found
case-topic-name = { $case } · { $language } · { $preview }
case-close = ✅ Close case
case-to-draft = 📝 Draft for the knowledge base
case-closed-operator = Case { $case } closed; the user was notified.
case-already-closed = Case { $case } is already closed; the answer was not sent.
