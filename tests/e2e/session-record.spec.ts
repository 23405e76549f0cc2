import { randomUUID } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { expect, expectAccessible, pageAs, test } from "./fixtures";
import { TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";
import { pdfText } from "../support/pdf-text";
import { sendMessage } from "@/lib/room/send-message";
import { coachMember } from "@/lib/room/private-messages";
import { endRoom } from "@/lib/room/end-room";

const FIRST = "I worry when you come home late and I don't know where you are.";
const SECOND = "I get that. I will text you when I'm leaving.";

async function afterLiveSession() {
  const world = await liveFamily();
  for (const [actor, text] of [
    [world.mom, FIRST],
    [world.son, SECOND],
    [world.mom, "Thank you, that would really help me."],
  ] as const) {
    const result = await sendMessage({ actor, input: { sessionId: world.sessionId, clientId: randomUUID(), text } });
    expect(result.outcome).toBe("DELIVERED");
  }
  await coachMember({
    actor: world.counselor,
    input: { sessionId: world.sessionId, userId: world.son.id, clientId: randomUUID(), text: "Nice repair, Sam." },
  });
  await endRoom({ actor: world.counselor, sessionId: world.sessionId });
  return world;
}

const shots = process.env.MEND_SCREENSHOTS;
async function screenshot(page: import("@playwright/test").Page, name: string) {
  if (!shots) return;
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  // The page itself must not scroll sideways (a table may scroll inside its own box).
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${name} overflows a 390 px phone`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test("after a session the counselor writes a SOAP note quoting two messages, signs it, adds an addendum, shares a summary the mother reads, and downloads the PDF", async ({
  browser,
  baseURL,
}) => {
  const { counselor, mom, sessionId } = await afterLiveSession();
  const maya = await pageAs(browser, baseURL!, counselor.email, TEST_PASSWORD);
  const laura = await pageAs(browser, baseURL!, mom.email, TEST_PASSWORD);

  // The transcript: everyone who was there; the mother does not see Sam's coaching.
  await laura.goto(`/sessions/${sessionId}`);
  await laura.getByRole("link", { name: "Read the transcript" }).click();
  await expect(laura.getByTestId("transcript-line").filter({ hasText: SECOND })).toBeVisible();
  await expect(laura.getByText("Nice repair, Sam.")).toHaveCount(0);
  await expect(laura.getByRole("link", { name: "Session note" })).toHaveCount(0);
  await expectAccessible(laura, "the member's transcript");
  await screenshot(laura, "transcript-member");

  await maya.goto(`/sessions/${sessionId}`);
  await maya.getByTestId("note-link").click();
  await expect(maya.getByLabel("Template")).toHaveValue("SOAP");
  await expectAccessible(maya, "an empty note");

  // Subjective: words and a quote of the mother's message.
  await maya.getByLabel("Subjective").fill("Mother describes worry about evenings; son offers a plan.");
  await expect(maya.getByTestId("quote-target")).toHaveText("Subjective");
  const lineOf = (text: string) => maya.getByTestId("transcript-line").filter({ hasText: text });
  await lineOf(FIRST)
    .getByRole("button", { name: /^Quote message/ })
    .click();
  // Assessment: a quote of the son's answer.
  await maya.getByLabel("Assessment").fill("Son's repair attempt was accepted.");
  await expect(maya.getByTestId("quote-target")).toHaveText("Assessment");
  await lineOf(SECOND)
    .getByRole("button", { name: /^Quote message/ })
    .click();
  // Objective: the session's own figures with one click.
  await maya.getByTestId("section-objective").getByRole("button", { name: "Insert the session's figures" }).click();
  await expect(maya.getByLabel("Objective")).toHaveValue(/Duration: \d+ min; 3 messages\./);
  // The figures in the counselor's plain words, as in the console (no ratios).
  await expect(maya.getByLabel("Objective")).toHaveValue(/Laura: 1 kind or appreciative message, 0 harsh\./);
  await expect(maya.getByLabel("Objective")).not.toHaveValue(/positive-to-negative|: 1 \(/);
  // Mid-autosave: the save is held back until axe has looked at the "Saving…" state.
  await expect(maya.getByTestId("save-state")).toHaveText(/^Saved \d\d:\d\d$/);
  let release = () => {};
  const saveHeld = new Promise<void>((resolve) => (release = resolve));
  const notePage = `**/sessions/${sessionId}/note`;
  await maya.route(notePage, async (route) => {
    if (route.request().method() === "POST") await saveHeld;
    await route.continue();
  });
  await maya.getByLabel("Plan").fill("Practise a text when leaving; review next week.");
  await expect(maya.getByTestId("save-state")).toHaveText("Saving…");
  await expectAccessible(maya, "a note mid-autosave");
  release();
  await expect(maya.getByTestId("save-state")).toHaveText(/^Saved \d\d:\d\d$/);
  await maya.unroute(notePage);
  await expect(maya.getByTestId("section-subjective").getByTestId("note-quote")).toContainText(FIRST);
  await expect(maya.getByTestId("section-assessment").getByTestId("note-quote")).toContainText(SECOND);

  // The quote links back to its line, which is highlighted.
  await maya.getByTestId("section-assessment").getByRole("link", { name: "Show in transcript" }).click();
  const secondSeq = await lineOf(SECOND).getAttribute("data-seq");
  await expect(maya).toHaveURL(new RegExp(`#t-seq-${secondSeq}$`));
  await expect(lineOf(SECOND)).toHaveCSS("background-color", "rgb(254, 243, 199)");
  await expectAccessible(maya, "a quoted line highlighted in the transcript");
  await screenshot(maya, "note-editor");

  await maya.getByRole("button", { name: "Sign and lock" }).click();
  await expect(maya.getByRole("alertdialog", { name: "Sign this note?" })).toBeVisible();
  await expectAccessible(maya, "sign-the-note dialog");
  await maya
    .getByRole("alertdialog", { name: "Sign this note?" })
    .getByRole("button", { name: "Sign and lock" })
    .click();
  await expect(maya.getByTestId("signed-by")).toContainText("Signed by Maya Reyes");
  await expect(maya.getByTestId("signed-note").getByTestId("note-quote").filter({ hasText: FIRST })).toBeVisible();
  await expect(maya.getByLabel("Subjective")).toHaveCount(0);
  await expectAccessible(maya, "a signed note");

  // An addendum: dated, signed, appended; the original stays.
  await maya.getByLabel("Correction or later information").fill("Correction: the agreed time is 22:00.");
  await maya.getByRole("button", { name: "Sign and add addendum" }).click();
  const addendumDialog = maya.getByRole("alertdialog", {
    name: "Sign this addendum? It cannot be changed afterwards.",
  });
  await expect(addendumDialog).toBeVisible();
  await expectAccessible(maya, "sign-the-addendum dialog");
  await addendumDialog.getByRole("button", { name: "Sign and add addendum" }).click();
  await expect(maya.getByTestId("addendum")).toContainText("Correction: the agreed time is 22:00.");
  await expect(maya.getByTestId("note-status")).toHaveText("Signed · 1 addendum");
  await expectAccessible(maya, "a signed note with an addendum");
  await expect(maya.getByTestId("signed-note")).toContainText("Mother describes worry about evenings");
  await screenshot(maya, "signed-note");

  // The PDF: a real download whose text holds the quotes.
  const [download] = await Promise.all([maya.waitForEvent("download"), maya.getByTestId("download-note-pdf").click()]);
  const file = await download.path();
  const text = await pdfText(readFileSync(file));
  expect(text).toContain(FIRST);
  expect(text).toContain(SECOND);
  expect(text).toContain("Correction: the agreed time is 22:00.");
  console.log(`note PDF: ${statSync(file).size} bytes`);

  // The family summary: shared, read by the mother, and the counselor sees it.
  await maya.goto(`/sessions/${sessionId}`);
  await maya.getByLabel("What we worked on").fill("How to stay in touch in the evenings.");
  await maya.getByLabel("What went well").fill("Sam offered a plan and Laura thanked him.");
  await maya.getByLabel("What to practise before next time").fill("One text when leaving.");
  await expectAccessible(maya, "a summary mid-edit");
  await maya.getByRole("button", { name: "Share with the family" }).click();
  await expect(maya.getByTestId("summary-readers")).toContainText("Laura Bennett: not read yet");
  await expectAccessible(maya, "summary shared, not read yet");

  await laura.goto("/");
  await expect(laura.getByTestId("home-summaries")).toContainText("To practise: One text when leaving.");
  await expectAccessible(laura, "a summary on the member's home");
  await laura.getByTestId("home-summaries").getByRole("link").first().click();
  await expect(laura.getByTestId("family-summary")).toContainText("Sam offered a plan and Laura thanked him.");
  await screenshot(laura, "family-summary");

  await maya.reload();
  await expect(maya.getByTestId("summary-readers")).toContainText(/Laura Bennett: read \d/);
  await screenshot(maya, "counselor-summary");

  // Members never reach the note.
  const response = await laura.goto(`/sessions/${sessionId}/note`);
  expect(response?.status()).toBe(404);
  await expectAccessible(laura, "the note: not found for a member");

  // The audit trail shows the reads, the sign, the addendum and the export.
  await maya.goto(`/sessions/${sessionId}`);
  await maya.getByRole("link", { name: /← / }).click();
  await maya.getByRole("link", { name: "Audit trail" }).click();
  for (const label of [
    "Signed a session note",
    "Signed an addendum",
    "Exported a session note",
    "Read a transcript",
    "Shared a family summary",
  ]) {
    await expect(maya.getByTestId("audit-table")).toContainText(label);
  }
  await screenshot(maya, "audit-trail");
});

test("a second tab cannot silently overwrite the note: it says so and offers to reload", async ({
  browser,
  baseURL,
}) => {
  const { counselor, sessionId } = await afterLiveSession();
  const tabA = await pageAs(browser, baseURL!, counselor.email, TEST_PASSWORD);
  await tabA.goto(`/sessions/${sessionId}/note`);
  await tabA.getByLabel("Subjective").fill("Written in tab A.");
  await expect(tabA.getByTestId("save-state")).toHaveText(/^Saved/);

  const tabB = await tabA.context().newPage();
  await tabB.goto(`/sessions/${sessionId}/note`);
  await expect(tabB.getByLabel("Subjective")).toHaveValue("Written in tab A.");

  await tabA.getByLabel("Plan").fill("Tab A again.");
  await expect(tabA.getByTestId("save-state")).toHaveText(/^Saved/);
  await tabB.getByLabel("Plan").fill("Tab B, stale.");
  await expect(tabB.getByTestId("note-conflict")).toContainText("changed in another tab");
  await expect(tabB.getByTestId("save-state")).toHaveText("Not saved");
  await expectAccessible(tabB, "a note changed in another tab");

  await tabB.getByRole("button", { name: "Reload the newest version" }).click();
  await expect(tabB.getByLabel("Plan")).toHaveValue("Tab A again.");
});
