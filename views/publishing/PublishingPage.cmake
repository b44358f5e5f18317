# The publishing page (issue 6).
target_sources(views PRIVATE
  publishing/CourseItemDialog.h publishing/CourseItemDialog.cpp
  publishing/PublishingView.h publishing/PublishingView.cpp
)
