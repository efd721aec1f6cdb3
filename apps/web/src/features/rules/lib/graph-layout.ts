import { Graph, layout } from '@dagrejs/dagre';
import { type PipelineGraph, type StageNode, type TransitionEdge } from './pipeline-graph';

/** Where dagre put each stage and each edge, in SVG units. */
export interface LaidOutNode extends StageNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge extends TransitionEdge {
  points: { x: number; y: number }[];
  /** Where the edge's label goes. */
  labelX: number;
  labelY: number;
}

export interface GraphLayout {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 240;
const TITLE_HEIGHT = 34;
const ACTION_HEIGHT = 16;
const PADDING = 10;
const LABEL_WIDTH_PER_CHAR = 6.2;

export function nodeHeight(node: StageNode): number {
  return TITLE_HEIGHT + node.actions.length * ACTION_HEIGHT + PADDING;
}

/**
 * Lays the graph out top to bottom (dagre: layered, few crossings), stages in their order; an
 * edge to a stage that does not exist is left out of the drawing.
 */
export function layoutGraph(graph: PipelineGraph): GraphLayout {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 60, edgesep: 20, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) {
    g.setNode(node.id, { width: NODE_WIDTH, height: nodeHeight(node) });
  }
  const drawn = graph.edges.filter((e) => !e.dangling);
  drawn.forEach((edge, i) => {
    g.setEdge(
      edge.from,
      edge.to,
      {
        width: Math.min(220, edge.label.length * LABEL_WIDTH_PER_CHAR),
        height: 14,
        labelpos: 'c',
        // Edges back to an earlier stage should not pull it down.
        weight: 1,
      },
      `e${i}`,
    );
  });
  layout(g);
  const nodes = graph.nodes.map((node) => {
    const placed = g.node(node.id);
    return { ...node, x: placed.x, y: placed.y, width: placed.width, height: placed.height };
  });
  const edges = drawn.map((edge, i) => {
    const placed = g.edge({ v: edge.from, w: edge.to, name: `e${i}` });
    return {
      ...edge,
      points: (placed.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
      labelX: placed.x ?? 0,
      labelY: placed.y ?? 0,
    };
  });
  const size = g.graph();
  return { nodes, edges, width: size.width ?? 0, height: size.height ?? 0 };
}
