// Bounded selection of the best k items: a binary min-heap whose root is the worst kept item, so
// each candidate costs O(1) when it loses and O(log k) when it enters. Returns best-first.

export class TopK {
  private readonly heap: number[] = [];

  /** `better(a, b)` is true when item a ranks before item b (a strict, total order). */
  constructor(
    private readonly k: number,
    private readonly better: (a: number, b: number) => boolean,
  ) {}

  /** Offers an item; true when it was kept. */
  offer(item: number): boolean {
    const heap = this.heap;
    if (this.k <= 0) return false;
    if (heap.length < this.k) {
      heap.push(item);
      this.siftUp(heap.length - 1);
      return true;
    }
    if (this.better(item, heap[0] as number)) {
      heap[0] = item;
      this.siftDown(0);
      return true;
    }
    return false;
  }

  get full(): boolean {
    return this.heap.length >= this.k;
  }

  /** The worst kept item (the one the next better candidate replaces); -1 when empty. */
  worst(): number {
    return this.heap[0] ?? -1;
  }

  /** The kept items, best first. */
  sorted(): number[] {
    return [...this.heap].sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      // min-heap on rank: the parent must be worse than (not better than) the child
      if (!this.better(heap[parent] as number, heap[i] as number)) break;
      [heap[parent], heap[i]] = [heap[i] as number, heap[parent] as number];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && this.better(heap[worst] as number, heap[l] as number)) worst = l;
      if (r < heap.length && this.better(heap[worst] as number, heap[r] as number)) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i] as number, heap[worst] as number];
      i = worst;
    }
  }
}
