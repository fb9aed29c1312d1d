/** An example board from the server's `/examples/` (a Miro or Figma REST export), as JSON. */
export async function fetchExample(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

/** An error's message for the playground's one-line notice. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
