// Does one thing each sanitizer must catch, chosen by the argument, so that CTest can check the
// sanitizer build finds it: a sanitizer build that stopped sanitizing would pass every other test.
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void* volatile kept = nullptr; // volatile: the compiler may not drop the allocation or the store

int heapOverflow()
{
    char* bytes = static_cast<char*>(std::malloc(8));
    bytes[8] = 1;
    std::free(bytes);
    return 0;
}

int leak()
{
    kept = std::malloc(40);
    kept = nullptr;
    return 0;
}

int signedOverflow(int argc)
{
    int big = 2147483647;
    big += argc; // argc >= 2 here, unknown to the compiler
    std::printf("%d\n", big);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 2 && std::strcmp(argv[1], "heap-overflow") == 0)
        return heapOverflow();
    if (argc == 2 && std::strcmp(argv[1], "leak") == 0)
        return leak();
    if (argc == 2 && std::strcmp(argv[1], "signed-overflow") == 0)
        return signedOverflow(argc);
    std::fprintf(stderr, "usage: SanitizerCanary heap-overflow|leak|signed-overflow\n");
    return 2;
}
