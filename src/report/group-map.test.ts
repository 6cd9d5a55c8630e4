import { describe, expect, it } from 'vitest';
import { layoutGroups, renderGroupMap, visibleLinks, type MapGroup, type MapLink } from './group-map.js';

const groups: MapGroup[] = Array.from({ length: 12 }, (_, i) => ({
  id: i,
  size: 10 + ((i * 37) % 60),
  caption: `#${i}`,
  keywords: ['благоустройство', 'двор'],
}));
const links: MapLink[] = [];
for (let a = 0; a < 12; a++)
  for (let b = a + 1; b < 12; b++) links.push({ a, b, weight: ((a * 7 + b * 3) % 11) + 1 });

describe('group map layout', () => {
  it('is deterministic, inside the picture, and circles do not overlap', () => {
    const one = layoutGroups(groups, links);
    expect(layoutGroups(groups, links)).toEqual(one);
    for (const p of one) {
      expect(p.x - p.r).toBeGreaterThanOrEqual(0);
      expect(p.y - p.r).toBeGreaterThanOrEqual(0);
      expect(p.x + p.r).toBeLessThanOrEqual(680);
      expect(p.y + p.r).toBeLessThanOrEqual(600);
    }
    for (let i = 0; i < one.length; i++)
      for (let j = i + 1; j < one.length; j++)
        expect(Math.hypot(one[i].x - one[j].x, one[i].y - one[j].y)).toBeGreaterThan(one[i].r + one[j].r);
  });

  it('gives bigger groups bigger circles', () => {
    const placed = new Map(layoutGroups(groups, links).map((p) => [p.id, p.r]));
    const bySize = [...groups].sort((a, b) => a.size - b.size);
    expect(placed.get(bySize[0].id)!).toBeLessThan(placed.get(bySize[bySize.length - 1].id)!);
  });

  it('draws each group’s two strongest links and the strong ones, not every tie', () => {
    const shown = visibleLinks(links);
    expect(shown.length).toBeLessThan(links.length);
    for (const g of groups) {
      const own = links.filter((l) => l.a === g.id || l.b === g.id).sort((x, y) => y.weight - x.weight);
      expect(shown).toContain(own[0]);
      expect(shown).toContain(own[1]);
    }
  });

  it('renders well-formed SVG with escaped labels', () => {
    const svg = renderGroupMap([{ id: 1, size: 40, caption: '#1 <a&b>', keywords: ['x"y'] }], [], {
      title: 'T & U',
    });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 680 600"/);
    expect(svg).toContain('#1 &lt;a&amp;b&gt;');
    expect(svg).toContain('<title>T &amp; U</title>');
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(renderGroupMap([], [], { title: 'empty' })).toContain('</svg>');
  });
});
