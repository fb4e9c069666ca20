import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';

// Reminders in the phone's own calendar (issue 11): the plan's dates as one iCalendar file, downloaded
// from the home screen or a stage, holding all-day events with alarms.

const TODAY = '2026-04-20T09:00:00+09:00';
const ADD = 'Add reminders to my calendar';

/// A stored (schema v2) journey: registered on 3 Apr (express issuance possible until 3 May), a card
/// expiring on 31 Mar 2027, leaving Japan on 30 Sep 2027.
async function seed(page, settings = {}) {
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto('/');
  await page.evaluate((settings) =>
    localStorage.setItem(
      'my-number-guide/progress',
      JSON.stringify({
        version: 2,
        milestones: {
          moved_in: '2026-04-01',
          registered: '2026-04-03',
          card_expiry: '2027-03-31',
          departure: '2027-09-30',
        },
        ticks: [],
        settings,
      }),
    ),
    settings,
  );
}

/// Clicks the button and returns the downloaded file's name and text.
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/// The events of an iCalendar text, each as its unfolded lines (RFC 5545 3.1).
function events(text) {
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  const out = [];
  let current = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') { out.push(current); current = null; }
    else if (current) current.push(line);
  }
  return out;
}

const eventWith = (all, uid) => all.find((e) => e.includes(`UID:${uid}@my-number-guide`));

function expectWellFormed(text) {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  // CRLF after every line, no bare LF or CR, and no line over 75 octets.
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
}

test('the home screen downloads the plan as calendar events with alarms', async ({ page }, info) => {
  await seed(page);
  await page.goto('/');
  const button = page.getByRole('button', { name: ADD });
  await expect(button).toBeEnabled();
  await page.screenshot({ path: info.outputPath('calendar-home-360.png') });

  const { name, text } = await download(page, button);
  expect(name).toBe('my-number-guide.ics');
  expectWellFormed(text);
  await expect(page.getByRole('status').filter({ hasText: 'Open the downloaded file' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('calendar-home-after-export-360.png') });

  const all = events(text);
  // Express issuance closes on 3 May: a deadline, 9:00 a week before and the day before (R3).
  const express = eventWith(all, 'express-issuance-2026-05-03');
  expect(express).toContain('SUMMARY:Last day: Express issuance possible');
  expect(express).toContain('DTSTART;VALUE=DATE:20260503');
  expect(express).toContain('DTEND;VALUE=DATE:20260504');
  expect(express.filter((l) => l.startsWith('TRIGGER:'))).toEqual(['TRIGGER:-P6DT15H', 'TRIGGER:-PT15H']);
  expect(express.find((l) => l.startsWith('URL:'))).toMatch(/^URL:http:\/\/127\.0\.0\.1:\d+\/stage\/apply$/);
  // The card's expiry (R7) and the last day to extend it (R9), each with the deadline alarms.
  const expiry = eventWith(all, 'card-expiry-2027-03-31');
  expect(expiry).toContain('SUMMARY:Your My Number Card expires');
  expect(expiry).toContain('DTSTART;VALUE=DATE:20270331');
  expect(expiry.filter((l) => l.startsWith('TRIGGER:'))).toEqual(['TRIGGER:-P6DT15H', 'TRIGGER:-PT15H']);
  const extend = eventWith(all, 'extend-card-2027-03-31');
  expect(extend).toContain('SUMMARY:Last day: Extend your card at the city office');
  expect(extend.find((l) => l.startsWith('DESCRIPTION:'))).toContain('What to bring:\\n- New residence card');
  // Leaving: the window opens on 16 Sep (alarm that morning) and closes on departure day (R13).
  const opens = eventWith(all, 'return-card-2027-09-16');
  expect(opens).toContain('SUMMARY:Starts: Return your My Number Card');
  expect(opens).toContain('DTSTART;VALUE=DATE:20270916');
  expect(opens.filter((l) => l.startsWith('TRIGGER:'))).toEqual(['TRIGGER:PT9H']);
  expect(eventWith(all, 'return-card-2027-09-30')).toContain('SUMMARY:Last day: Return your My Number Card');
  // Done (registered) and past (the letter's window opened on 17 Apr) give no event.
  expect(eventWith(all, 'register-2026-04-15')).toBeUndefined();
  expect(all.some((e) => e.some((l) => l.startsWith('UID:receive-letter-')))).toBe(false);
  expect(all).toHaveLength(11);
});

test('a stage with dates offers the same file', async ({ page }, info) => {
  await seed(page);
  await page.goto('/stage/keep-valid');
  const button = page.getByRole('button', { name: ADD });
  await button.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('calendar-keep-valid-360.png') });
  const { name, text } = await download(page, button);
  expect(name).toBe('my-number-guide.ics');
  const all = events(text);
  expect(all).toHaveLength(11);
  expect(eventWith(all, 'extend-card-2027-03-31')).toContain('DTSTART;VALUE=DATE:20270331');
});

test('a first visit shows no calendar button at home; a stage explains there is nothing to remind yet, until a date is entered', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start here' })).toBeVisible();
  await expect(page.getByRole('button', { name: ADD })).toHaveCount(0);

  await page.goto('/stage/register');
  const nothing = page.getByRole('status').filter({ hasText: 'No dates ahead to remind you of yet.' });
  await expect(nothing).toBeVisible();
  await page.getByRole('button', { name: ADD }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('calendar-register-empty-360.png') });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: ADD }).click();
  await page.waitForTimeout(300);
  expect(downloads).toBe(0);

  const moved = page.getByLabel('I moved in on', { exact: true });
  await moved.fill('2026-04-10');
  await moved.blur();
  await expect(nothing).toHaveCount(0);
  const { text } = await download(page, page.getByRole('button', { name: ADD }));
  expect(eventWith(events(text), 'register-2026-04-24')).toContain('SUMMARY:Last day: Register your address');
});

test('a plan with nothing ahead says so at home', async ({ page }) => {
  // Registered (done), and the letter's window and express issuance closed on 3 May (R2, R3).
  await seed(page);
  await page.clock.setFixedTime(new Date('2026-05-10T09:00:00+09:00'));
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('my-number-guide/progress'));
    doc.milestones = { moved_in: '2026-04-01', registered: '2026-04-03' };
    localStorage.setItem('my-number-guide/progress', JSON.stringify(doc));
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Next step' })).toBeVisible();
  await expect(page.getByRole('button', { name: ADD })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No dates ahead to remind you of yet.' })).toBeVisible();
});

test('reminders are written in the reader\'s language', async ({ page }) => {
  await seed(page, { lang: 'ja' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // By its place rather than its name, which the translation will change.
  const button = page.locator('.calendar-export .button').first();
  const { text } = await download(page, button);
  expect(eventWith(events(text), 'extend-card-2027-03-31').join('\n')).toContain('役所でカードの期限を延長する');
});

test('where the browser can share the file, "Share to calendar" hands it over', async ({ page }, info) => {
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.every((f) => f.type.startsWith('text/calendar'));
    navigator.share = async (data) => {
      for (const f of data.files) window.__shared.push({ name: f.name, type: f.type, text: await f.text() });
    };
  });
  await seed(page);
  await page.goto('/');
  await page.screenshot({ path: info.outputPath('calendar-home-share-360.png') });
  await page.getByRole('button', { name: 'Share to calendar' }).click();
  await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(1);
  const [shared] = await page.evaluate(() => window.__shared);
  expect(shared.name).toBe('my-number-guide.ics');
  expect(shared.type).toBe('text/calendar;charset=utf-8');
  expect(eventWith(events(shared.text), 'card-expiry-2027-03-31')).toContain('DTSTART;VALUE=DATE:20270331');
});

test('where the browser cannot share files, only the download is offered', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.canShare = () => false;
  });
  await seed(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: ADD })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share to calendar' })).toHaveCount(0);
});
