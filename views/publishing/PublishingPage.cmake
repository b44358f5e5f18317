# The publishing page.
target_sources(views PRIVATE
  publishing/CourseItemDialog.h publishing/CourseItemDialog.cpp
  publishing/PublishingView.h publishing/PublishingView.cpp
)
