// A realistic stored journey for screens that need data: moved in, registered, leaving soon.
export const SAMPLE_TODAY = '2026-04-20T09:00:00+09:00';

export async function seedProgress(page, { lang } = {}) {
  await page.clock.setFixedTime(new Date(SAMPLE_TODAY));
  await page.goto('/');
  await page.evaluate((lang) =>
    localStorage.setItem(
      'my-number-guide/progress',
      JSON.stringify({
        version: 1,
        milestones: { moved_in: '2026-04-01', registered: '2026-04-03', moved_within_japan: '2026-04-12', departure: '2026-05-05' },
        ticks: ['register.bring.0', 'done.report-new-address.2026-04-12'],
        settings: lang ? { lang } : {},
      }),
    ),
    lang,
  );
}
