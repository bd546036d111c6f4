/* Deterministic object addresses for cgraph (Graphviz 2.42).
 *
 * Why: some layout code orders work by comparing object POINTERS. fdp's
 * deriveGraph() (lib/fdpgen/layout.c) builds a strict graph of the nodes and
 * adds each edge as `if (hd > tl) agedge(dg, tl, hd) else agedge(dg, hd, tl)`,
 * so which way an edge points in the derived graph, and with it the order in
 * which forces are summed, depends on where malloc put the two nodes; that
 * depends on everything the process allocated and freed before, and the
 * picture changed with what had been rendered before it (12 to 14 of 30 test
 * graphs). (It also makes the interned name strings' addresses, cgraph's
 * default object IDs, deterministic, so dot no longer needs the ID discipline;
 * both are installed.)
 *
 * What: a replacement for cgraph's default memory discipline (AgMemDisc,
 * malloc/free) that gives every root graph an arena of its own: a large
 * reserved (not committed) address range, carved by a bump pointer, with one
 * LIFO free list per size class. Which block an allocation gets then depends
 * only on the sequence of allocations and frees of that graph, so the ORDER of
 * addresses within a graph (what pointer comparisons see) is a pure function
 * of the graph. Arenas are aligned to 2 MiB, so even the low address bits
 * (what a pointer hash sees) are the same from one render to the next.
 *
 * relgraph_install_deterministic_memory() overwrites the public, writable
 * AgMemDisc, so it applies to every graph: agmemread(), agopen(..., NULL) and
 * the helper graphs the layout engines open internally (fdp's derived graphs).
 * A graph keeps the discipline it was opened with, so graphs opened before the
 * call are unaffected.
 *
 * Things cgraph does that an arena has to survive (checked against 2.42's
 * lib/cgraph and lib/cdt):
 *
 *  - agclose() takes a "free the whole heap" shortcut when the memory
 *    discipline has a close function, and that shortcut skips closing the
 *    graph's dictionaries (their Dt_t headers come from plain malloc), its
 *    string dictionary and the ID discipline: all of that would leak on every
 *    graph. So this discipline has NO close function; agclose() tears the graph
 *    down object by object, and its very last step frees the Agclos_t, which is
 *    always the arena's first allocation (agclos() calls open, then alloc). That
 *    free is taken as the end of the graph: the arena is recycled then.
 *
 *  - agfree() can be handed memory that did not come from this arena:
 *    cdt allocates through agdictobjmem(), which uses plain malloc() while no
 *    graph is current (Ag_dictop_G == NULL), and a layout may free a block
 *    through a graph other than the one that allocated it. So free() checks
 *    where a block lives: this arena -> its free list; any other arena -> left
 *    alone (reclaimed with that arena); elsewhere -> libc free().
 *
 *  - Code may read a closed graph's memory (stale pointers that default
 *    Graphviz gets away with because freed malloc memory stays mapped). So an
 *    arena is never unmapped: closed arenas are kept in a pool and reused, and
 *    only the pages beyond a retained prefix are given back to the kernel
 *    (MADV_DONTNEED: they read as zeros afterwards, they do not fault).
 *    Reuse means a new root graph usually lands at the very address of the
 *    previous one, as it often does with malloc; circo's cache keyed by that
 *    address is dealt with in layout_state.c.
 *
 * If the address space cannot be reserved (e.g. a low `ulimit -v`) or an arena
 * fills up, allocations fall back to calloc(): rendering still works, only
 * without the address guarantee.
 *
 * Not thread-safe: like the rest of Graphviz, call only under the lock that
 * serialises all Graphviz calls (GraphvizContext's).
 */
#define _GNU_SOURCE
#include "relgraph_graphviz_support.h"

#include <graphviz/cgraph.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Built with -DRELGRAPH_VALGRIND (and valgrind's headers), arenas are described
   to memcheck as memory pools, so it reports use-after-free of arena blocks as
   it does for malloc's (a block counts as its whole size class, so overruns
   into the class's slack go unseen). Otherwise these are no-ops. */
#if defined(RELGRAPH_VALGRIND)
#include <valgrind/memcheck.h>
#define POOL_CREATE(arena) VALGRIND_CREATE_MEMPOOL(arena, 0, 1)
#define POOL_DESTROY(arena) VALGRIND_DESTROY_MEMPOOL(arena)
#define POOL_ALLOC(arena, block, size) VALGRIND_MEMPOOL_ALLOC(arena, block, size)
#define POOL_FREE(arena, block) VALGRIND_MEMPOOL_FREE(arena, block)
#define POOL_READABLE(block, size) VALGRIND_MAKE_MEM_DEFINED(block, size)
#define POOL_WRITABLE(block, size) VALGRIND_MAKE_MEM_UNDEFINED(block, size)
#else
#define POOL_CREATE(arena) ((void)0)
#define POOL_DESTROY(arena) ((void)0)
#define POOL_ALLOC(arena, block, size) ((void)0)
#define POOL_FREE(arena, block) ((void)0)
#define POOL_READABLE(block, size) ((void)0)
#define POOL_WRITABLE(block, size) ((void)0)
#endif

/* Address space reserved per arena (only touched pages cost memory). A graph
   of 1,500 nodes and 4,500 edges peaks at 3.6 MiB, so 256 MiB holds some
   100,000 nodes; a bigger graph's excess falls back to calloc. Kept modest so
   that a limit on virtual memory (ulimit -v) still leaves room for a few. */
#define ARENA_SIZE ((size_t)256 << 20)
/* Arenas start at multiples of this, so the low 21 bits of a block's address
   (all that a pointer hash of a table below 2M entries looks at) are the same
   from one render to the next. */
#define ARENA_ALIGNMENT ((size_t)2 << 20)
/* Pages an idle arena keeps committed (and reuses hot); the rest is released. */
#define ARENA_RETAINED ((size_t)4 << 20)

/* Size classes: 16..256 bytes in steps of 16 (classes 0..15), then powers of
   two 512, 1 KiB, ... (classes 16..); ARENA_SIZE bounds the largest. */
#define SMALL_CLASSES 16
#define CLASS_COUNT 48

/* Every block is preceded by a 16-byte header holding its size class, which
   keeps blocks 16-byte aligned like malloc's. */
typedef struct {
    size_t sizeClass;
    size_t unused;
} BlockHeader;

typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;

typedef struct Arena {
    char *base;                 /* ARENA_SIZE bytes, aligned to ARENA_ALIGNMENT */
    size_t used;                /* bump pointer offset */
    size_t highWater;           /* largest `used` since the pages were last released */
    void *firstBlock;           /* the graph's Agclos_t: freeing it ends the graph */
    FreeBlock *freeLists[CLASS_COUNT];
    struct Arena *nextIdle;     /* link in the idle pool */
} Arena;

/* Every arena ever created (open or idle); never unmapped, so a stale pointer
   into one is always recognised as "not malloc's". */
static Arena **allArenas;
static size_t arenaCount, arenaCapacity;
static Arena *idleArenas;
static RelgraphMemoryStats stats;

static size_t class_size(size_t sizeClass) {
    if (sizeClass < SMALL_CLASSES) return (sizeClass + 1) * 16;
    return (size_t)512 << (sizeClass - SMALL_CLASSES);
}

static size_t class_of(size_t request) {
    if (request <= 256) return request ? (request - 1) / 16 : 0;
    size_t sizeClass = SMALL_CLASSES, size = 512;
    while (size < request && sizeClass < CLASS_COUNT) {
        size <<= 1;
        sizeClass++;
    }
    return sizeClass;   /* == CLASS_COUNT: too large for any arena */
}

static int owns(const Arena *arena, const void *pointer) {
    uintptr_t address = (uintptr_t)pointer, base = (uintptr_t)arena->base;
    return address >= base && address - base < ARENA_SIZE;
}

static int in_any_arena(const void *pointer) {
    for (size_t i = 0; i < arenaCount; i++)
        if (owns(allArenas[i], pointer)) return 1;
    return 0;
}

/* Reserves ARENA_SIZE bytes aligned to ARENA_ALIGNMENT (reserve more, trim). */
static char *reserve_aligned(void) {
    size_t span = ARENA_SIZE + ARENA_ALIGNMENT;
    char *raw = mmap(NULL, span, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED) return NULL;
    uintptr_t start = ((uintptr_t)raw + ARENA_ALIGNMENT - 1) & ~(uintptr_t)(ARENA_ALIGNMENT - 1);
    char *aligned = (char *)start;
    size_t head = (size_t)(aligned - raw), tail = span - head - ARENA_SIZE;
    if (head) munmap(raw, head);
    if (tail) munmap(aligned + ARENA_SIZE, tail);
    return aligned;
}

static Arena *new_arena(void) {
    if (arenaCount == arenaCapacity) {
        size_t capacity = arenaCapacity ? 2 * arenaCapacity : 8;
        Arena **grown = realloc(allArenas, capacity * sizeof *grown);
        if (!grown) return NULL;
        allArenas = grown;
        arenaCapacity = capacity;
    }
    Arena *arena = calloc(1, sizeof *arena);
    if (!arena) return NULL;
    arena->base = reserve_aligned();
    if (!arena->base) {
        free(arena);
        return NULL;
    }
    allArenas[arenaCount++] = arena;
    stats.arenas = arenaCount;
    return arena;
}

/* Puts a closed graph's arena back into the pool, as good as new. */
static void recycle(Arena *arena) {
    if (arena->highWater > ARENA_RETAINED) {
        madvise(arena->base + ARENA_RETAINED, arena->highWater - ARENA_RETAINED, MADV_DONTNEED);
        arena->highWater = ARENA_RETAINED;
    }
    POOL_DESTROY(arena);
    arena->used = 0;
    arena->firstBlock = NULL;
    memset(arena->freeLists, 0, sizeof arena->freeLists);
    arena->nextIdle = idleArenas;
    idleArenas = arena;
    stats.openGraphs--;
}

/* Agmemdisc_t.open: one arena per root graph. NULL state = fall back to malloc. */
static void *arena_open(Agdisc_t *disc) {
    (void)disc;
    Arena *arena = idleArenas;
    if (arena) {
        idleArenas = arena->nextIdle;
        arena->nextIdle = NULL;
    } else {
        arena = new_arena();
        if (!arena) stats.unreservedGraphs++;
    }
    if (arena) {
        stats.openGraphs++;
        POOL_CREATE(arena);
    }
    return arena;
}

/* Agmemdisc_t.alloc: zeroed memory, like AgMemDisc's. */
static void *arena_alloc(void *state, size_t request) {
    Arena *arena = state;
    size_t sizeClass = class_of(request);
    if (arena && sizeClass < CLASS_COUNT) {
        size_t size = class_size(sizeClass);
        FreeBlock *block = arena->freeLists[sizeClass];
        if (block) {
            POOL_READABLE(block, sizeof *block);
            arena->freeLists[sizeClass] = block->next;
            POOL_ALLOC(arena, block, size);
            memset(block, 0, request);
            return block;
        }
        if (size + sizeof(BlockHeader) <= ARENA_SIZE - arena->used) {
            BlockHeader *header = (BlockHeader *)(arena->base + arena->used);
            arena->used += sizeof(BlockHeader) + size;
            if (arena->used > arena->highWater) {
                arena->highWater = arena->used;
                if (arena->used > stats.peakArenaBytes) stats.peakArenaBytes = arena->used;
            }
            POOL_WRITABLE(header, sizeof *header);   /* may lie in a recycled arena's old block */
            header->sizeClass = sizeClass;
            void *memory = header + 1;
            POOL_ALLOC(arena, memory, size);
            /* A recycled arena's pages still hold the last graph's data. */
            memset(memory, 0, request);
            if (!arena->firstBlock) arena->firstBlock = memory;
            return memory;
        }
    }
    stats.fallbackAllocations++;
    return calloc(1, request ? request : 1);
}

/* Agmemdisc_t.free */
static void arena_free(void *state, void *pointer) {
    Arena *arena = state;
    if (!pointer) return;
    if (arena && owns(arena, pointer)) {
        if (pointer == arena->firstBlock) {
            /* agclose() frees the graph's Agclos_t last: the graph is gone. */
            recycle(arena);
            return;
        }
        BlockHeader *header = (BlockHeader *)pointer - 1;
        FreeBlock *block = pointer;
        POOL_FREE(arena, block);
        POOL_READABLE(block, sizeof *block);
        block->next = arena->freeLists[header->sizeClass];
        arena->freeLists[header->sizeClass] = block;
        return;
    }
    if (in_any_arena(pointer)) {
        /* Another graph's block, freed through this graph: leave it to its
           own arena, which reclaims it when that graph closes. */
        stats.foreignFrees++;
        return;
    }
    stats.mallocFrees++;   /* from plain malloc (cdt through agdictobjmem) or a fallback */
    free(pointer);
}

/* Agmemdisc_t.resize: like realloc, zeroing the grown part. */
static void *arena_resize(void *state, void *pointer, size_t oldSize, size_t request) {
    Arena *arena = state;
    if (!pointer) return arena_alloc(state, request);
    if (arena && owns(arena, pointer)) {
        BlockHeader *header = (BlockHeader *)pointer - 1;
        if (request <= class_size(header->sizeClass)) {
            if (request > oldSize) memset((char *)pointer + oldSize, 0, request - oldSize);
            return pointer;
        }
    } else if (!in_any_arena(pointer)) {
        void *moved = realloc(pointer, request);
        if (moved && request > oldSize) memset((char *)moved + oldSize, 0, request - oldSize);
        return moved;
    }
    void *moved = arena_alloc(state, request);
    if (!moved) return NULL;
    memcpy(moved, pointer, oldSize < request ? oldSize : request);
    arena_free(state, pointer);
    return moved;
}

void relgraph_install_deterministic_memory(void) {
    /* No close function: see "agclose() takes a shortcut" above. */
    static Agmemdisc_t deterministic = {arena_open, arena_alloc, arena_resize, arena_free, NULL};
    AgMemDisc = deterministic;
}

RelgraphMemoryStats relgraph_memory_stats(void) {
    return stats;
}
