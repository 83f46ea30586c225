/**
 * The entry's title is its page's only h1. A body that uses `# Heading` has its
 * headings moved one level down (h1 → h2, h2 → h3, …, h6 stays h6), the same in
 * pages and feeds; bodies that start at h2 are left as written.
 */
import type { Element, Root } from 'hast';

const LEVEL = /^h([1-6])$/;

export default function rehypeDemoteHeadings() {
	return (tree: Root) => {
		const headings: Element[] = [];
		const stack: (Root | Element)[] = [tree];
		while (stack.length) {
			const node = stack.pop()!;
			if (node.type === 'element' && LEVEL.test(node.tagName)) headings.push(node);
			for (const child of node.children) if (child.type === 'element') stack.push(child);
		}
		if (!headings.some((heading) => heading.tagName === 'h1')) return;
		for (const heading of headings) heading.tagName = `h${Math.min(6, Number(LEVEL.exec(heading.tagName)![1]) + 1)}`;
	};
}
