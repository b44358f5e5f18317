# The question editor and its panels.
target_sources(views PRIVATE
  publishing/AnswerListEditor.h publishing/AnswerListEditor.cpp
  publishing/QuestionEditCommand.h publishing/QuestionEditCommand.cpp
  publishing/QuestionAspectText.h publishing/QuestionAspectText.cpp
  publishing/QuestionPreview.h publishing/QuestionPreview.cpp
  publishing/ConflictPanel.h publishing/ConflictPanel.cpp
  publishing/QuestionHistoryView.h publishing/QuestionHistoryView.cpp
  publishing/QuestionEditorView.h publishing/QuestionEditorView.cpp
)
