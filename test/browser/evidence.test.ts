/**
 * Issue 10 in Chromium: every verdict says what it rests on, and the 含示例数据 / Include sample data
 * switch recomputes the chain, gaps, matrix, a profile and routing from public records only, in both
 * languages, kept in the URL.
 */
import { describe, expect, it } from 'vitest';
import { SHOTS, setupApp } from '../support/harness';

// Reduced motion: flights become jumps to the same camera (this file checks what is shown, not how
// the camera gets there).
const app = setupApp();

const text = async (p: Awaited<ReturnType<typeof app.open>>, id: string) =>
  (await p.getByTestId(id).first().textContent()) ?? '';

describe('evidence and the sample switch', () => {
  it('chain (zh): links count their records and samples; switched off, nothing reads 缺失 for want of a public record', async () => {
    const p = await app.open('?ind=rubber&panel=chain');
    await p.getByTestId('chain-graph').waitFor();
    expect(await text(p, 'evidence-base')).toContain('结论含示例数据');
    expect(await text(p, 'link-rubber-primary')).toMatch(/\d+条·\d+示例/);
    // The glove project is in talks and exactly 5亿: not landed, not over 5亿; it is in the pipeline.
    expect(await text(p, 'big-rule')).toContain('尚无已知的落地项目');
    await p.getByTestId('pipeline').locator('summary').click();
    expect(await text(p, 'pipeline')).toContain('示例项目·乳胶手套');
    expect(await text(p, 'pipeline')).toContain('在谈');
    expect(await p.locator('.link-box.status-missing').count()).toBeGreaterThan(0);
    await p.screenshot({ path: `${SHOTS}/test-evidence-chain-zh.png` });

    await p.getByTestId('sample-switch').click();
    await expect.poll(() => p.url()).toContain('sample=0');
    expect(await text(p, 'evidence-base')).toMatch(/已排除 \d+ 条示例记录/);
    expect(await p.locator('.link-box.status-missing').count()).toBe(0);
    expect(await p.locator('.link-box.status-unrecorded').count()).toBeGreaterThan(0);
    expect(await text(p, 'link-rubber-primary')).toContain('无公开记录');
    expect(await text(p, 'big-rule')).toContain('尚无已知的落地项目');
    expect(await text(p, 'big-rule')).toContain('无记录');
    await p.screenshot({ path: `${SHOTS}/test-evidence-chain-zh-off.png` });
  });

  it('the map (zh) follows the switch: sample dots are not drawn, badges recount, and the filter bar says so', async () => {
    const p = await app.open('?sample=0', '#map=12/21.955/100.48'); // Menghai: the public tea firms and samples
    const drawn = () =>
      p.evaluate(() =>
        (window.__map?.queryRenderedFeatures({ layers: ['nodes-point', 'nodes-outside'] }) ?? []).map((f) =>
          String(f.properties.provenance),
        ),
      );
    await expect.poll(async () => (await drawn()).length).toBeGreaterThan(0);
    expect(new Set(await drawn())).toEqual(new Set(['public']));
    expect(await text(p, 'shown-count')).toMatch(/^显示 7 \/ 60/);
    await p.getByTestId('sample-switch').click();
    await expect.poll(async () => (await drawn()).includes('sample')).toBe(true);
  });

  it('the records behind a link are one click away and open on the map', async () => {
    const p = await app.open('?ind=rubber&panel=chain&link=rubber-primary');
    const detail = p.getByTestId('link-detail');
    await detail.getByTestId('evidence').click();
    const first = detail.locator('.evidence-list button').first();
    expect(await first.textContent()).toContain('示例');
    await first.click();
    await expect.poll(() => p.url()).toMatch(/sel=node%3Arb-0\d/);
  });

  it('gaps (en): each gap shows its evidence; switched off, a gap reads "No public record" and a sample land figure is not used', async () => {
    const p = await app.open('?lang=en&ind=rubber&panel=gaps&link=rubber-medical');
    const gap = p.getByTestId('gap-rubber-medical');
    expect(await gap.getByTestId('evidence').first().textContent()).toMatch(/1 record · 1 sample/);
    expect(await text(p, 'land-note-menglun')).toBe(' no land available (sample figure)');
    await p.getByTestId('sample-switch').click();
    await expect.poll(() => p.url()).toContain('sample=0');
    expect(await gap.textContent()).toContain('No public record');
    expect(await gap.textContent()).toContain('which is not the same as known to be missing');
    expect(await text(p, 'land-note-menglun')).toBe(' available land not published');
    expect(await gap.textContent()).not.toMatch(/no land available/);
    await p.screenshot({ path: `${SHOTS}/test-evidence-gaps-en-off.png` });
  });

  it('matrix (zh): cells carry record counts; switched off, empty cells read 无 (no public record)', async () => {
    const p = await app.open('?ind=rubber&panel=matrix');
    const cell = p.getByTestId('cell-rubber-primary-mohan');
    expect(await cell.getAttribute('aria-label')).toMatch(/\d+ 条记录 · \d+ 示例/);
    expect(await p.locator('.matrix .cell.status-missing').count()).toBeGreaterThan(0);
    await p.getByTestId('sample-switch').click();
    expect(await p.locator('.matrix .cell.status-missing').count()).toBe(0);
    expect(await cell.textContent()).toBe('无');
    expect(await cell.getAttribute('aria-label')).toContain('无公开记录');
  });

  it('a profile page (en), opened first, follows the switch, and the URL keeps it', async () => {
    const p = await app.openNoMap('?lang=en&page=park:mohan');
    await p.getByTestId('park-profile').waitFor();
    expect(await text(p, 'profile-link-rubber-primary')).toMatch(/1 rec\. · 1 sample|1 record · 1 sample/);
    // The glove project is only in talks: medical goods are in the pipeline at Mohan, not present.
    expect(await text(p, 'profile-link-rubber-medical')).toContain('only pipeline projects (not landed)');
    expect(await p.getByTestId('profile-link-rubber-medical').getAttribute('class')).toContain('pipeline');
    await p.getByTestId('sample-switch').click();
    await expect.poll(() => p.url()).toContain('sample=0');
    expect(await text(p, 'profile-link-rubber-primary')).toContain('No public record');
    expect(await text(p, 'land-unknown')).toBe('available land not published');
    await p.screenshot({ path: `${SHOTS}/test-evidence-profile-en-off.png`, fullPage: true });
    // Reopened from its URL, the switch is still off.
    const q = await app.openNoMap(p.url().slice(app.url().length));
    await q.getByTestId('park-profile').waitFor();
    expect(await q.getByTestId('sample-switch').isChecked()).toBe(false);
  });

  it('the directory (zh) counts records by the switch', async () => {
    const p = await app.openNoMap('?page=parks');
    expect(await text(p, 'card-records-mohan')).toMatch(/\d+ 条记录 · \d+ 示例/);
    await p.getByTestId('sample-switch').click();
    expect(await text(p, 'card-records-mohan')).toMatch(/\d+ 条记录$|无记录$/);
    expect(await text(p, 'card-records-mohan')).not.toContain('示例');
  });

  it('routing (en): rules show their evidence; switched off, a sample land figure makes the land rule unknown', async () => {
    const p = await app.open('?panel=routing&lang=en');
    await p.getByTestId('route-submit').click();
    const land = p.getByTestId('rule-mohan-land');
    await land.waitFor();
    expect(await land.textContent()).toContain('Based on: Sample data');
    await p.getByTestId('sample-switch').click();
    expect(await land.textContent()).toContain('available land not published');
    expect(await land.locator('.mark').textContent()).toBe('?');
    expect(await text(p, 'route-mohan')).toContain('cannot be checked');
  });
});
