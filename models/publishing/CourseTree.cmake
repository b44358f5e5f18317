# The publishing page's course tree: the snapshot of all content, the tree, search, course commands.
target_sources(models PRIVATE
  publishing/ContentSnapshot.h publishing/ContentSnapshot.cpp
  publishing/ContentTreeModel.h publishing/ContentTreeModel.cpp
  publishing/ContentSearchModel.h publishing/ContentSearchModel.cpp
  publishing/CourseEditor.h publishing/CourseEditor.cpp
)
