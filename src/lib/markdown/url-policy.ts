/**
 * Runs after rehype-sanitize, whose protocol check reads only the scheme: drops
 * every `href` and `src` that the site's URL rules refuse
 * (src/lib/routing/link-targets.ts: mended slashes such as `https:\\host`,
 * `//host` images, user names before @, http:// images the site's security
 * policy would block). The link text or the image's alt stays; the editor is
 * warned by ./body-checks.ts.
 */
import type { Element, Root } from 'hast';
import { urlProblem } from '../routing/link-targets.ts';

export default function rehypeUrlPolicy() {
	return (tree: Root) => {
		const stack: (Root | Element)[] = [tree];
		while (stack.length) {
			const node = stack.pop()!;
			if (node.type === 'element')
				for (const name of ['href', 'src'] as const) {
					const value = node.properties[name];
					if (typeof value === 'string' && urlProblem(value.trim(), { body: true, image: name === 'src' })) delete node.properties[name];
				}
			for (const child of node.children) if (child.type === 'element') stack.push(child);
		}
	};
}
