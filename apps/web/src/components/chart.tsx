import {
  BarChart,
  type BarSeriesOption,
  FunnelChart,
  type FunnelSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the reports draw: funnels and bars, as SVG (crisp, and light to ship).
echarts.use([FunnelChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | FunnelSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * An Apache ECharts chart. It is a picture for the eye (`label` says what it shows): every
 * screen that draws one gives the same figures, with their links, as a table beside it.
 */
export function Chart({
  option,
  label,
  height = 320,
  onClick,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  /** A click on a data item: its index in its series, and the series' index. */
  onClick?(dataIndex: number, seriesIndex: number): void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onClick);
  useEffect(() => {
    click.current = onClick;
  });
  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: 'svg' });
    instance.on('click', (params) => click.current?.(params.dataIndex, params.seriesIndex ?? 0));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current!);
    chart.current = instance;
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      data-chart
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
    />
  );
}
