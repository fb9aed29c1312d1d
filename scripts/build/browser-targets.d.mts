/** Builds the Miro app (headless entry, panel, manifest) into `outdir`. */
export function buildMiroApp(outdir: string): Promise<void>;
/** Builds the Figma plugin (manifest, sandbox main, one-file UI) into `outdir`. */
export function buildFigmaPlugin(outdir: string): Promise<void>;
