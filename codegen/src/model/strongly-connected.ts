// Tarjan's strongly connected components over shape IDs, iterative so that
// a chain thousands of shapes long cannot overflow the stack. Used for
// mixins that mix each other in (the assembler) and for the shapes from
// which recursion can be reached (waiter linting's output samples).

/**
 * Calls `onComponent` with each strongly connected component reachable from
 * `roots` along `edgesOf`, ending with the component's root: a component
 * comes after every component it reaches (reverse topological order).
 * `edgesOf` gives only edges to be followed (to shapes that exist).
 */
export function forEachComponent(roots: Iterable<string>, edgesOf: (id: string) => readonly string[], onComponent: (component: string[]) => void): void {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  for (const root of roots) {
    if (order.has(root)) continue;
    const work: { id: string; next: number; edges: readonly string[] }[] = [];
    const enter = (id: string): void => {
      order.set(id, order.size);
      low.set(id, order.get(id)!);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: 0, edges: edgesOf(id) });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.edges.length) {
        const to = frame.edges[frame.next++]!;
        if (!order.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      onComponent(component);
    }
  }
}
