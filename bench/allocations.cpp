// A counting allocator for the bench: every operator new of the binary goes through here, so
// the bench can say how many heap allocations an evaluation or a sweep makes. In its own file:
// inlined into the caller, GCC 12 mistakes the malloc/free pair for a mismatch.
#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<long> count{0};
}

long heap_allocations() { return count; }

void* operator new(std::size_t n) {
  ++count;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
