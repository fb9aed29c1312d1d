import type { Phase } from '../core/index.ts';
import type { UiStrings } from './strings.ts';

/** What {@link MapPreview} draws: a template's or an imported map's stages and layers. */
export interface PreviewShape {
  readonly stages: readonly { readonly name: string; readonly phase?: Phase; readonly lane?: string }[];
  readonly layers: readonly { readonly title: string; readonly required?: boolean }[];
}

/**
 * A small picture of the grid before it is generated: stages across (coloured by RACE phase),
 * layers down, required layers with a solid edge. Names are text nodes: never HTML.
 */
export function MapPreview(props: { readonly shape: PreviewShape; readonly strings: UiStrings }) {
  const { stages, layers } = props.shape;
  const columns = `minmax(4.5em, 7em) repeat(${Math.max(stages.length, 1)}, minmax(0, 1fr))`;
  return (
    <figure class="cjm-preview" aria-label={props.strings.preview}>
      <div class="cjm-preview-grid" style={{ gridTemplateColumns: columns }}>
        <div class="cjm-preview-corner" />
        {stages.map((stage, index) => {
          const label = stage.lane ? `${stage.name} · ${stage.lane}` : stage.name;
          return (
            <div key={`s${index}`} class={`cjm-preview-stage cjm-phase-${stage.phase ?? 'none'}`} title={label}>
              {label}
            </div>
          );
        })}
        {layers.map((layer, row) => [
          <div key={`l${row}`} class="cjm-preview-layer" title={layer.required ? `${layer.title} (${props.strings.required})` : layer.title}>
            {layer.title}
            {layer.required ? <span aria-hidden="true"> *</span> : null}
          </div>,
          ...stages.map((_, column) => <div key={`c${row}-${column}`} class={layer.required ? 'cjm-preview-cell cjm-required' : 'cjm-preview-cell'} />),
        ])}
      </div>
      <figcaption class="p-small cjm-muted">
        {props.strings.stages}: {stages.length} · {props.strings.layers}: {layers.length} · * {props.strings.required}
      </figcaption>
    </figure>
  );
}
