// The one Chromium every browser run uses (wtr, story checks): the system one, never a
// downloaded build. Flags proven on our machines (headless, no sandbox as root, quiet).
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
