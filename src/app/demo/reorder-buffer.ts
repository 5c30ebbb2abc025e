/**
 * A min-heap of items by key (ties in arrival order): items arrive nearly in order and leave in order
 * once no earlier key can arrive any more. Keys compare as strings (ISO instants do).
 */
export class ReorderBuffer<T> {
  private heap: { key: string; seq: number; item: T }[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(key: string, item: T): void {
    const heap = this.heap;
    heap.push({ key, seq: this.seq++, item });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns, in key order, every item whose key is before `key` (all with no key). */
  *release(key?: string): Generator<T> {
    while (this.heap.length && (key === undefined || (this.heap[0]?.key as string) < key)) {
      yield this.pop();
    }
  }

  private pop(): T {
    const heap = this.heap;
    const top = heap[0] as { item: T };
    const last = heap.pop() as (typeof heap)[number];
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.less(l, m)) m = l;
        if (r < heap.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top.item;
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a] as { key: string; seq: number };
    const y = this.heap[b] as { key: string; seq: number };
    return x.key < y.key || (x.key === y.key && x.seq < y.seq);
  }

  private swap(a: number, b: number): void {
    const heap = this.heap;
    [heap[a], heap[b]] = [heap[b] as (typeof heap)[number], heap[a] as (typeof heap)[number]];
  }
}
