# The question editor's models: drafts, edits as commands, rules, the open document, history.
target_sources(models PRIVATE
  publishing/QuestionDraft.h
  publishing/QuestionDraft.cpp
  publishing/QuestionEdits.h
  publishing/QuestionEdits.cpp
  publishing/QuestionRules.h
  publishing/QuestionRules.cpp
  publishing/QuestionDocument.h
  publishing/QuestionDocument.cpp
  publishing/QuestionHistoryModel.h
  publishing/QuestionHistoryModel.cpp
)
