import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { purgeCss } from '../../scripts/build/purge-css.mjs';

describe('purgeCss', () => {
  it('keeps element rules, variables and rules of used classes; drops the rest and remote imports', () => {
    const css = '@import url("https://fonts.googleapis.com/css2?family=X");:root{--a:1px}body{margin:0}.button{color:red}.icon-eye{background:url("data:image/svg+xml;charset=utf8,%3Csvg xmlns=\'http://www.w3.org/2000/svg\'%3E")}.button.button-danger,.button-primary:hover{color:blue}@media (max-width:10px){.unused{x:1}.button{y:2}}@keyframes spin{to{transform:rotate(1turn)}}';
    const out = purgeCss(css, ['<button class="button button-primary">']);
    expect(out).not.toContain('@import');
    expect(out).toContain(':root{--a:1px}');
    expect(out).toContain('body{margin:0}');
    expect(out).toContain('.button{color:red}');
    expect(out).not.toContain('icon-eye');
    expect(out).toContain('.button-primary:hover{color:blue}');
    expect(out).not.toContain('button-danger');
    expect(out).toContain('@media (max-width:10px){.button{y:2}}');
    expect(out).toContain('@keyframes spin');
  });

  it('shrinks mirotone to what a panel uses and keeps its system-font fallback', () => {
    const css = readFileSync('node_modules/mirotone/dist/styles.css', 'utf8');
    const out = purgeCss(css, ['class="button button-primary input select checkbox tabs tab"']);
    expect(out.length).toBeLessThan(css.length / 4);
    expect(out).not.toMatch(/@import|fonts\.googleapis/u);
    expect(out).toMatch(/--body-font:"Open Sans",-apple-system[^;]*sans-serif/u);
    expect(out).toContain('.button-primary');
  });
});
