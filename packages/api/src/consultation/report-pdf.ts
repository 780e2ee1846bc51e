/** Chromium flags for a headless print on a closed network (no background traffic, no sandbox as root). */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Prints an HTML page to A4 PDF with Chromium (playwright-core; the system's CJK fonts render the
 * Chinese). The page loads nothing from the network. Null when no browser is available here.
 */
export async function htmlToPdf(html: string): Promise<Buffer | null> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return null;
  }
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    // Generous bounds: on a busy machine starting Chromium alone can take longer than Playwright's 30 s default.
    browser = await chromium.launch({ executablePath: process.env.HUIQI_CHROMIUM ?? '/usr/bin/chromium-headless-shell', args: ARGS, headless: true, timeout: 120_000 });
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  } catch {
    return null;
  } finally {
    await browser?.close();
  }
}
