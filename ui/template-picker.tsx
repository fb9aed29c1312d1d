import type { TemplateChoice } from './panel-host.ts';
import type { UiStrings } from './strings.ts';

/** The template select with the chosen template's description under it. */
export function TemplatePicker(props: {
  readonly templates: readonly TemplateChoice[];
  readonly value: string;
  readonly strings: UiStrings;
  readonly onChange: (id: string) => void;
  readonly disabled?: boolean;
}) {
  const chosen = props.templates.find((template) => template.id === props.value);
  return (
    <div class="form-group">
      <label for="cjm-template">{props.strings.template}</label>
      <select id="cjm-template" class="select" value={props.value} disabled={props.disabled} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </select>
      {chosen ? <p class="p-small cjm-muted">{chosen.description}</p> : null}
    </div>
  );
}
