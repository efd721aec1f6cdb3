import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutGraph } from './graph-layout';
import { pipelineGraph } from './pipeline-graph';

const B2B = readFileSync(join(__dirname, '../../../../../../rules/b2b/rules.yaml'), 'utf8');

describe('pipelineGraph', () => {
  it('draws the shipped b2b rules: stages in order, each transition an edge', () => {
    const graph = pipelineGraph(B2B)!;
    expect(graph.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['new', 'open'],
      ['qualification', 'open'],
      ['quote', 'open'],
      ['negotiation', 'open'],
      ['invoice', 'open'],
      ['won', 'won'],
      ['lost', 'lost'],
    ]);
    expect(graph.nodes[0].start).toBe(true);
    expect(graph.nodes.filter((n) => n.start)).toHaveLength(1);
    const fromNew = graph.edges.filter((e) => e.from === 'new');
    expect(fromNew).toEqual([
      {
        from: 'new',
        to: 'qualification',
        kind: 'event',
        label: 'activity_completed (call, interested)',
        dangling: false,
      },
      {
        from: 'new',
        to: 'lost',
        kind: 'event',
        label: 'activity_completed (call, not_interested)',
        dangling: false,
      },
      { from: 'new', to: 'lost', kind: 'timer', label: 'after 14d', dangling: false },
    ]);
    expect(graph.edges.filter((e) => e.from === 'quote')).toEqual([
      { from: 'quote', to: 'negotiation', kind: 'event', label: 'quote_sent', dangling: false },
    ]);
    expect(graph.edges).toHaveLength(12);
  });

  it('lists each stage’s actions: on enter, follow-ups, escalations, with their conditions', () => {
    const graph = pipelineGraph(B2B)!;
    const stage = (id: string) => graph.nodes.find((n) => n.id === id)!.actions;
    expect(stage('new')).toEqual([
      'on enter: create_activity call due 4h',
      'call overdue 1h: notify overdue-call responsible',
      'call overdue 1d: notify overdue-call head',
    ]);
    expect(stage('qualification')).toEqual([
      'on enter: create_activity meeting due 3wd',
      'on enter: notify big-deal head if deal.amount >= 10000',
    ]);
    expect(stage('negotiation')).toEqual([
      'on enter: create_activity call due 2d',
      'every 3d ×2: send_email quote-reminder contact',
    ]);
    expect(stage('won')).toEqual([
      'on enter: send_email thank-you contact',
      'on enter: post_webhook deal.won',
    ]);
    expect(stage('lost')).toEqual([]);
  });

  it('draws conditions, escalation moves, explicit orders and names', () => {
    const graph = pipelineGraph(
      [
        'kind: lead',
        'stages:',
        '  - id: fresh',
        '    order: 20',
        '    when_overdue:',
        '      - { activity: call, after: 1d, do: [ { move: junk } ] }',
        '    transitions:',
        '      - { to: good, if: lead.source == "partner" }',
        '      - { to: good, on: lead_converted, if: lead.email != null }',
        '  - { id: good, name: Qualified, order: 10 }',
        '  - { id: junk, kind: junk, order: 30 }',
      ].join('\n'),
    )!;
    expect(graph.nodes.map((n) => [n.id, n.name, n.start])).toEqual([
      ['good', 'Qualified', true],
      ['fresh', 'fresh', false],
      ['junk', 'junk', false],
    ]);
    expect(graph.edges).toEqual([
      {
        from: 'fresh',
        to: 'good',
        kind: 'condition',
        label: 'if lead.source == "partner"',
        dangling: false,
      },
      {
        from: 'fresh',
        to: 'good',
        kind: 'event',
        label: 'lead_converted if lead.email != null',
        dangling: false,
      },
      { from: 'fresh', to: 'junk', kind: 'escalation', label: 'call overdue 1d', dangling: false },
    ]);
  });

  it('keeps an edge to a stage that does not exist, marked dangling', () => {
    const graph = pipelineGraph('stages:\n  - { id: a, transitions: [ { to: b, after: 1d } ] }\n')!;
    expect(graph.edges).toEqual([
      { from: 'a', to: 'b', kind: 'timer', label: 'after 1d', dangling: true },
    ]);
  });

  it('answers nothing for text that is not rules, and skips what does not parse inside', () => {
    expect(pipelineGraph('stages: [')).toBeUndefined();
    expect(pipelineGraph('kind: pipeline')).toBeUndefined();
    expect(pipelineGraph('- a')).toBeUndefined();
    const graph = pipelineGraph(
      'stages:\n  - 3\n  - { name: no id }\n  - { id: x, on_enter: 5 }\n',
    )!;
    expect(graph.nodes.map((n) => n.id)).toEqual(['x']);
    expect(graph.nodes[0].actions).toEqual([]);
  });
});

describe('layoutGraph', () => {
  it('places every stage without overlap, the first on top, and routes every edge', () => {
    const laidOut = layoutGraph(pipelineGraph(B2B)!);
    expect(laidOut.nodes).toHaveLength(7);
    const byId = Object.fromEntries(laidOut.nodes.map((n) => [n.id, n]));
    expect(byId.new.y).toBeLessThan(byId.qualification.y);
    expect(byId.qualification.y).toBeLessThan(byId.quote.y);
    expect(byId.invoice.y).toBeLessThan(byId.won.y);
    for (const a of laidOut.nodes) {
      for (const b of laidOut.nodes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 ||
          Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart).toBe(true);
      }
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width / 2).toBeLessThanOrEqual(laidOut.width);
      expect(a.y + a.height / 2).toBeLessThanOrEqual(laidOut.height);
    }
    expect(laidOut.edges).toHaveLength(12);
    for (const edge of laidOut.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves dangling edges out of the drawing', () => {
    const laidOut = layoutGraph(
      pipelineGraph('stages:\n  - { id: a, transitions: [ { to: b, after: 1d } ] }\n')!,
    );
    expect(laidOut.nodes).toHaveLength(1);
    expect(laidOut.edges).toEqual([]);
  });
});
