import { Alert, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type GraphLayout, layoutGraph, type LaidOutEdge } from '../lib/graph-layout';
import { type EdgeKind, pipelineGraph, type StageKind } from '../lib/pipeline-graph';

const STAGE_FILL: Record<StageKind, string> = {
  open: '#e7f5ff',
  won: '#d3f9d8',
  lost: '#ffe3e3',
  converted: '#d3f9d8',
  junk: '#ffe3e3',
};
const EDGE_STYLE: Record<EdgeKind, { stroke: string; dash?: string }> = {
  event: { stroke: '#1c3d5a' },
  timer: { stroke: '#5c3c00', dash: '6 4' },
  condition: { stroke: '#3b2a6b', dash: '2 3' },
  escalation: { stroke: '#a61e1e', dash: '8 3 2 3' },
};

/** The pipeline of the text in the editor, drawn as SVG: stages, their actions, the ways out. */
export function PipelineGraphView({ text }: { text: string }) {
  const { t } = useTranslation();
  const graph = useMemo(() => pipelineGraph(text), [text]);
  const laidOut = useMemo(() => (graph ? layoutGraph(graph) : undefined), [graph]);
  if (!graph || !laidOut) return <Alert color="yellow">{t('rules.graph.invalid')}</Alert>;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('rules.graph.legend')}</Text>
      {/* Scrolled by the keyboard too: the drawing may be larger than the screen. */}
      <div
        style={{ overflow: 'auto', maxHeight: '75vh' }}
        tabIndex={0}
        role="region"
        aria-label={t('rules.graph.title')}
      >
        <GraphSvg layout={laidOut} label={t('rules.graph.title')} />
      </div>
      <Table aria-label={t('rules.graph.title')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rules.impact.stage')}</Table.Th>
            <Table.Th scope="col">{t('rules.graph.does')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {graph.nodes.map((node) => (
            <Table.Tr key={node.id}>
              <Table.Td>
                {node.name} ({t(`rules.graph.kinds.${node.kind}`)})
              </Table.Td>
              <Table.Td>
                {[
                  ...node.actions,
                  ...graph.edges
                    .filter((e) => e.from === node.id)
                    .map((e) => `→ ${e.to}: ${e.label}`),
                ].join('; ') || t('rules.graph.noActions')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function GraphSvg({ layout, label }: { layout: GraphLayout; label: string }) {
  return (
    <svg
      role="img"
      aria-label={label}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily="var(--mantine-font-family)"
      data-testid="pipeline-graph"
    >
      <defs>
        {Object.entries(EDGE_STYLE).map(([kind, style]) => (
          <marker
            key={kind}
            id={`arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={style.stroke} />
          </marker>
        ))}
      </defs>
      {layout.edges.map((edge, i) => (
        <Edge key={i} edge={edge} />
      ))}
      {layout.nodes.map((node) => (
        <g
          key={node.id}
          transform={`translate(${node.x - node.width / 2}, ${node.y - node.height / 2})`}
          data-stage={node.id}
        >
          <rect
            width={node.width}
            height={node.height}
            rx={6}
            fill={STAGE_FILL[node.kind]}
            stroke={node.start ? '#1864ab' : '#495057'}
            strokeWidth={node.start ? 2.5 : 1}
          />
          <text x={10} y={22} fontSize={14} fontWeight={700} fill="#1a1b1e">
            {node.name}
            <tspan fontWeight={400} fontSize={11} fill="#343a40">
              {'  '}
              {node.id !== node.name ? `${node.id} · ` : ''}
              {node.kind}
            </tspan>
          </text>
          {node.actions.map((action, j) => (
            <text key={j} x={10} y={40 + j * 16} fontSize={11} fill="#212529">
              {action.length > 40 ? `${action.slice(0, 39)}…` : action}
              <title>{action}</title>
            </text>
          ))}
        </g>
      ))}
    </svg>
  );
}

function Edge({ edge }: { edge: LaidOutEdge }) {
  const style = EDGE_STYLE[edge.kind];
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  const label = edge.label.length > 36 ? `${edge.label.slice(0, 35)}…` : edge.label;
  return (
    <g data-edge={`${edge.from}->${edge.to}`} data-kind={edge.kind}>
      <path
        d={d}
        fill="none"
        stroke={style.stroke}
        strokeWidth={1.5}
        strokeDasharray={style.dash}
        markerEnd={`url(#arrow-${edge.kind})`}
      />
      <text
        x={edge.labelX}
        y={edge.labelY + 4}
        fontSize={11}
        textAnchor="middle"
        fill={style.stroke}
        stroke="#fff"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {label}
        <title>{edge.label}</title>
      </text>
    </g>
  );
}
