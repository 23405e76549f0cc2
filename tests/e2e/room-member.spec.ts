// The member's room on a desktop: the defects of issue 13 (return to rephrase,
// opaque holds, a blocked message shown twice, lost drafts, no private line,
// a waiting page that needed a reload, no wrap-up), each as the family meets it.
import type { Page } from "@playwright/test";
import {
  endTheSession,
  expect,
  expectAccessible,
  pageAs,
  saveScreenshot,
  sendAnyway,
  showConsolePane,
  test,
  setSpeakerListener,
} from "./fixtures";
import { TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";
import { setRoomRules } from "@/lib/room/set-room-rules";
import { prisma } from "@/lib/db/client";

type Browser = Parameters<typeof pageAs>[0];
// Each person's browser is checked with axe and closed after the test by the fixture (accessibleAtTheEnd).
const as = (browser: Browser, baseURL: string, email: string) => pageAs(browser, baseURL, email, TEST_PASSWORD);

async function inRoom(pages: Page[], sessionId: string) {
  for (const page of pages) {
    await page.goto(`/sessions/${sessionId}/room`);
    await expect(page.getByTestId("floor-banner")).toContainText("Open conversation");
  }
}

/** Maya, Laura and Sam in a live room under the strict preset, where a mocking line is held for the counselor. */
async function strictRoom(browser: Browser, baseURL: string) {
  const family = await liveFamily();
  const { counselor, mom, son, sessionId } = family;
  await setRoomRules({ actor: counselor, input: { sessionId, rules: { preset: "strict" } } });
  const [maya, laura, sam] = await Promise.all([counselor, mom, son].map((u) => as(browser, baseURL, u.email)));
  await inRoom([maya, laura, sam], sessionId);
  return { ...family, maya, laura, sam };
}

test("ending the session with a message still held warns the counselor, and its sender is told it was never shared", async ({
  browser,
  baseURL,
}) => {
  const { sessionId, maya, laura, sam } = await strictRoom(browser, baseURL!);

  await sendAnyway(laura, "Oh grow up, Sam.");
  await expect(laura.getByTestId("held-notice")).toContainText("Waiting for Maya to read it");

  await maya.getByRole("button", { name: "End the session" }).click();
  const dialog = maya.getByRole("alertdialog", { name: "End the session for everyone?" });
  await expect(dialog.getByTestId("end-waiting")).toContainText("1 held message is still waiting for you");
  await expectAccessible(maya, "end dialog with a held message waiting");
  await saveScreenshot(maya, `${test.info().project.name}-end-with-held`);
  await dialog.getByRole("button", { name: "End the session" }).click();

  const notice = laura.getByTestId("unanswered-notice");
  await expect(notice).toContainText("Not shared");
  await expect(notice).toContainText("The session ended before Maya read it");
  await expect(laura.getByTestId("held-notice")).toHaveCount(0);
  await saveScreenshot(laura, `${test.info().project.name}-unanswered`);
  // A reload of the ended room tells her the same, and Sam never saw the words.
  await laura.reload();
  await expect(laura.getByTestId("unanswered-notice")).toContainText("Not shared");
  await expect(sam.getByText("Oh grow up, Sam.")).toHaveCount(0);
  // The counselor's record keeps it as never answered.
  expect(await prisma.heldMessage.findMany({ where: { sessionId }, select: { status: true } })).toEqual([
    { status: "PENDING" },
  ]);
});

test("offline, the room says so at once and keeps what is being written; back online, it goes out exactly once", async ({
  browser,
  baseURL,
}) => {
  const { mom, son, sessionId } = await liveFamily();
  const [laura, sam] = await Promise.all([mom, son].map((u) => as(browser, baseURL!, u.email)));
  await inRoom([laura, sam], sessionId);

  await sam.context().setOffline(true);
  await expect(sam.getByTestId("offline-banner")).toContainText("You're offline");
  await sam.getByLabel("Your message").fill("Can we talk about Saturday?");
  await expect(sam.getByTestId("offline-hint")).toContainText("you can send once you're back online");
  await expect(sam.getByRole("button", { name: "Send", exact: true })).toBeDisabled();
  await expectAccessible(sam, "offline while writing");
  await saveScreenshot(sam, `${test.info().project.name}-offline-writing`);

  await sam.context().setOffline(false);
  await expect(sam.getByTestId("offline-banner")).toHaveCount(0, { timeout: 15_000 });
  await expect(sam.getByLabel("Your message")).toHaveValue("Can we talk about Saturday?");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  await expect(laura.getByText("Can we talk about Saturday?")).toHaveCount(1);
  expect(
    await prisma.roomMessage.count({ where: { sessionId, kind: "MESSAGE", text: "Can we talk about Saturday?" } }),
  ).toBe(1);
});

test("a paste longer than a message may be is kept whole, counted, and not sent until it fits", async ({
  browser,
  baseURL,
}) => {
  const { mom, son, sessionId } = await liveFamily();
  const [laura, sam] = await Promise.all([mom, son].map((u) => as(browser, baseURL!, u.email)));
  await inRoom([laura, sam], sessionId);
  const long = "I want to tell you about my week. ".repeat(62); // 2,108 characters
  await laura.getByLabel("Your message").fill(long);
  await expect(laura.getByLabel("Your message")).toHaveValue(long);
  await expect(laura.getByTestId("composer-count")).toContainText("108 characters too long");
  await saveScreenshot(laura, `${test.info().project.name}-too-long`);
  await expect(laura.getByRole("button", { name: "Send", exact: true })).toBeDisabled();
  await expectAccessible(laura, "a message too long");
  await laura.getByLabel("Your message").fill(long.slice(0, 1990));
  await expect(laura.getByTestId("composer-count")).toContainText("1,990 of 2,000 characters");
  await laura.getByRole("button", { name: "Send", exact: true }).click();
  await expect(sam.getByTestId("message").filter({ hasText: "I want to tell you about my week." })).toHaveCount(1);
});

test("a held message says why in the sender's words; Return puts the words back in the box with the counselor's note above it", async ({
  browser,
  baseURL,
}) => {
  const { maya, laura, sam } = await strictRoom(browser, baseURL!);
  await showConsolePane(maya, "Waiting");

  // Nudge first: the message is not held until Laura insists.
  await laura.getByLabel("Your message").fill("Oh grow up, Sam.");
  await laura.getByRole("button", { name: "Send", exact: true }).click();
  const nudge = laura.getByTestId("nudge");
  await expect(nudge).toContainText("Before you send this");
  await expect(maya.getByTestId("held-item")).toHaveCount(0);
  await saveScreenshot(laura, `${test.info().project.name}-nudge`);
  await expectAccessible(laura, "nudge shown");
  await nudge.getByRole("button", { name: /Send mine anyway/ }).click();

  const held = laura.getByTestId("pending");
  await expect(held.getByTestId("held-notice")).toContainText("Waiting for Maya to read it");
  await expect(held.getByTestId("held-reason")).toContainText("may come across as mocking or looking down on someone");
  await expect(held.getByRole("button", { name: "Take it back" })).toBeVisible();
  await saveScreenshot(laura, `${test.info().project.name}-held`);
  await expectAccessible(laura, "held");
  // The counselor's log says whose message waits, not that the person waits.
  await expect(maya.getByTestId("moderation-log")).toContainText("Laura's message was held for you");

  const item = maya.getByTestId("held-item");
  await item.getByRole("button", { name: /Return to rephrase/ }).click();
  await item.getByLabel("Note to Laura (only they see it)").fill("Tell Sam what you need from him instead.");
  await item.getByRole("button", { name: "Send back to Laura" }).click();

  await expect(laura.getByTestId("pending")).toHaveCount(0);
  await expect(laura.getByLabel("Your message")).toHaveValue("Oh grow up, Sam.");
  const note = laura.getByTestId("returned-note");
  await expect(note).toContainText("Maya asked you to rephrase this");
  await expect(note).toContainText("Tell Sam what you need from him instead.");
  // The note sits above the box.
  const noteBox = await note.boundingBox();
  const boxBox = await laura.getByLabel("Your message").boundingBox();
  expect(noteBox!.y).toBeLessThan(boxBox!.y);
  await expectAccessible(laura, "returned");
  await expect(sam.getByText("Oh grow up, Sam.")).toHaveCount(0);
});

test("a message returned after a role swap waits for its sender's next turn to speak, never in the paraphrase box", async ({
  browser,
  baseURL,
}) => {
  const { mom, son, maya, laura } = await strictRoom(browser, baseURL!);
  await showConsolePane(maya, "Controls");
  await setSpeakerListener(maya, mom.id, son.id);
  await expect(laura.getByTestId("floor-banner")).toContainText("You speak");

  await sendAnyway(laura, "Oh grow up, Sam.");
  await expect(laura.getByTestId("held-notice")).toBeVisible();
  // The counselor swaps the roles first, then hands the message back: Laura is the listener now.
  await maya.getByRole("button", { name: /Swap roles/ }).click();
  await expect(laura.getByLabel("Your paraphrase")).toBeVisible();
  await showConsolePane(maya, "Waiting");
  const item = maya.getByTestId("held-item");
  await item.getByRole("button", { name: /Return to rephrase/ }).click();
  await item.getByLabel("Note to Laura (only they see it)").fill("Tell Sam what you need from him instead.");
  await item.getByRole("button", { name: "Send back to Laura" }).click();

  const later = laura.getByTestId("returned-later");
  await expect(later).toContainText("Maya asked you to rephrase your message");
  await expect(later).toContainText("Tell Sam what you need from him instead.");
  await expect(later).toContainText("back in the box when you speak again");
  await expect(laura.getByLabel("Your paraphrase")).not.toHaveValue(/grow up/);
  await saveScreenshot(laura, `${test.info().project.name}-returned-while-listening`);
  await expectAccessible(laura, "returned while listening");

  // Speaking again, her words are back in her own box with the note.
  await showConsolePane(maya, "Controls");
  await maya.getByRole("button", { name: /Swap roles/ }).click();
  await expect(laura.getByLabel("Your message")).toHaveValue("Oh grow up, Sam.");
  await expect(laura.getByTestId("returned-note")).toContainText("Maya asked you to rephrase this");
  await expect(laura.getByTestId("returned-later")).toHaveCount(0);
});

test("a held message can be taken back: it leaves the counselor's queue and returns to the sender's box", async ({
  browser,
  baseURL,
}) => {
  const { counselor, son, sessionId } = await liveFamily();
  const [maya, sam] = await Promise.all([counselor, son].map((u) => as(browser, baseURL!, u.email)));
  await inRoom([maya, sam], sessionId);
  await showConsolePane(maya, "Waiting");

  await sendAnyway(sam, "I'll kill you if you touch my phone.");
  await expect(maya.getByTestId("held-item")).toContainText("I'll kill you if you touch my phone.");
  await expect(sam.getByTestId("held-reason")).toContainText("it may sound like a threat");

  await sam.getByRole("button", { name: "Take it back" }).click();
  await expect(sam.getByTestId("pending")).toHaveCount(0);
  await expect(sam.getByLabel("Your message")).toHaveValue("I'll kill you if you touch my phone.");
  await expect(sam.getByTestId("returned-note")).toContainText("You took your message back");
  await expect(maya.getByTestId("held-item")).toHaveCount(0);
  await expect(maya.getByTestId("moderation-log")).toContainText("Sam took back a held message");
  const kept = await prisma.heldMessage.findFirst({ where: { sessionId }, select: { status: true } });
  expect(kept?.status).toBe("WITHDRAWN");
});

test("a blocked message is shown once, with its reason and no Retry, and the words stay in the box", async ({
  browser,
  baseURL,
}) => {
  const { counselor, mom, son, sessionId } = await liveFamily();
  await setRoomRules({
    actor: counselor,
    input: {
      sessionId,
      rules: {
        preset: "custom",
        rules: {
          PROFANITY: "BLOCK",
          SLUR: "BLOCK",
          INSULT: "NUDGE",
          CONTEMPT: "NUDGE",
          BLAME_ABSOLUTE: "NUDGE",
          BLAME: "NUDGE",
          SHOUTING: "NUDGE",
          THREAT: "HOLD",
          SELF_HARM: "HOLD",
          STONEWALLING: "ALLOW",
        },
      },
    },
  });
  const [laura, sam] = await Promise.all([mom, son].map((u) => as(browser, baseURL!, u.email)));
  await inRoom([laura, sam], sessionId);

  await sam.getByLabel("Your message").fill("this is fucking ridiculous");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  const error = sam.getByTestId("composer-error");
  await expect(error).toContainText("Your message was not sent");
  await expect(sam.getByTestId("pending")).toHaveCount(0);
  await expect(sam.getByRole("button", { name: /Retry|Try again/ })).toHaveCount(0);
  await expect(sam.getByText("Your message was not sent")).toHaveCount(1);
  await expect(sam.getByLabel("Your message")).toHaveValue("this is fucking ridiculous");
  // No sentence is said twice.
  const sentences = (await error.innerText())
    .split(/(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  expect(new Set(sentences).size).toBe(sentences.length);
  await expectAccessible(sam, "blocked");

  // "… is typing" goes away as soon as the person leaves.
  await laura.getByLabel("Your message").pressSequentially("I hear");
  await expect(sam.getByText("Laura is typing…")).toBeVisible();
  await laura.close();
  await expect(sam.getByText("Laura is typing…")).toHaveCount(0);
});

test("the draft survives a reload and is cleared once sent; messages show their time under a day line", async ({
  browser,
  baseURL,
}) => {
  const { mom, son, sessionId } = await liveFamily();
  const [laura, sam] = await Promise.all([mom, son].map((u) => as(browser, baseURL!, u.email)));
  await inRoom([laura, sam], sessionId);
  await saveScreenshot(sam, `${test.info().project.name}-empty`);
  await expectAccessible(sam, "open, empty");

  await sam.getByLabel("Your message").fill("I want to talk about the weekend");
  await sam.reload();
  await expect(sam.getByLabel("Your message")).toHaveValue("I want to talk about the weekend");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  await expect(laura.getByTestId("message").filter({ hasText: "I want to talk about the weekend" })).toBeVisible();
  await laura.getByLabel("Your message").fill("Thank you for telling me. I'm listening.");
  await laura.getByRole("button", { name: "Send", exact: true }).click();
  await expect(sam.getByTestId("message").filter({ hasText: "I'm listening." })).toBeVisible();
  await sam.reload();
  await expect(sam.getByTestId("message").filter({ hasText: "I want to talk about the weekend" })).toBeVisible();
  await expect(sam.getByLabel("Your message")).toHaveValue("");

  await expect(sam.getByTestId("day-separator").first()).toHaveText("Today");
  await expect(sam.getByTestId("message").first().locator("time")).toHaveText(/^\d\d:\d\d$/);
  // The conversation scrolls inside a named, focusable region.
  await expect(sam.getByRole("log", { name: "Conversation" })).toHaveAttribute("tabindex", "0");
  await saveScreenshot(sam, `${test.info().project.name}-conversation`);
  await expectAccessible(sam, "open, conversation");
});

test("a private line reaches only the counselor; the member sees it was received, and “I need a break” is acknowledged", async ({
  browser,
  baseURL,
}) => {
  const { counselor, mom, son, sessionId } = await liveFamily();
  const [maya, laura, sam] = await Promise.all([counselor, mom, son].map((u) => as(browser, baseURL!, u.email)));
  await inRoom([maya, laura, sam], sessionId);
  await showConsolePane(maya, "Waiting");

  await sam.getByRole("button", { name: "Talk to Maya privately" }).click();
  const sheet = sam.getByRole("dialog", { name: "Only Maya sees this" });
  await expect(sheet).toContainText("Laura won't see it");
  await expectAccessible(sam, "private line open");
  await sheet.getByLabel("Or write to Maya").fill("I can't say this in front of Mom.");
  await sheet.getByRole("button", { name: "Send privately" }).click();
  await expect(sam.getByTestId("private-sent")).toContainText("Maya has it");
  await expect(sam.locator('[data-kind="PRIVATE"]').getByTestId("private-received")).toContainText("Maya has it");
  await expect(maya.getByTestId("private-line-item")).toContainText("I can't say this in front of Mom.");
  await expectAccessible(sam, "private line sent");

  await sam.getByRole("button", { name: "Talk to Maya privately" }).click();
  await sam.getByRole("dialog").getByRole("button", { name: "I need a break" }).click();
  await expect(sam.getByTestId("private-sent")).toContainText("Maya knows you need a break");
  await expect(maya.getByTestId("private-line-item").filter({ hasText: "needs a break" })).toBeVisible();
  // The confirmation goes when Sam has read it (or by itself after a while); the message stays in his log.
  await saveScreenshot(sam, `${test.info().project.name}-private-sent`);
  await sam.getByRole("button", { name: "OK, dismiss this confirmation" }).click();
  await expect(sam.getByTestId("private-sent")).toHaveCount(0);
  // Sam's next public message is not run into his private line on Maya's screen: it carries his name again.
  await sam.getByLabel("Your message").fill("Okay. I can keep going for now.");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  const afterPrivate = maya.getByTestId("message").filter({ hasText: "Okay. I can keep going for now." });
  await expect(afterPrivate).toHaveAttribute("data-kind", "MESSAGE");
  await expect(afterPrivate.locator(".chat-name")).toHaveText("Sam");

  // Laura's room moved on in order, but never shows either line.
  await laura.getByLabel("Your message").fill("Are we still talking?");
  await laura.getByRole("button", { name: "Send", exact: true }).click();
  await expect(sam.getByTestId("message").filter({ hasText: "Are we still talking?" })).toBeVisible();
  await expect(laura.getByText("I can't say this in front of Mom.")).toHaveCount(0);
  await expect(laura.getByText("I need a break.")).toHaveCount(0);
  await expect(laura.locator('[data-kind="PRIVATE"]')).toHaveCount(0);

  // Maya answers the line privately: the reply is addressed to Sam, not to the first member in the list (Laura).
  await maya.getByTestId("private-line-item").first().getByRole("button", { name: "Reply privately to Sam" }).click();
  await expect(maya.getByLabel("To")).toHaveValue(/.+/);
  await expect(maya.getByLabel("Message (only they see it)")).toBeFocused();
  await maya.getByLabel("Message (only they see it)").fill("Thank you for telling me. Take the break you need.");
  await maya.getByRole("button", { name: "Send privately" }).click();
  await expect(sam.locator('[data-kind="COACHING"]')).toContainText("Take the break you need.");
  await expect(laura.locator('[data-kind="COACHING"]')).toHaveCount(0);

  // Words about self-harm on the private line: care and crisis lines for Sam, "Check in now" for Maya.
  await sam.getByRole("button", { name: "Talk to Maya privately" }).click();
  await sam
    .getByRole("dialog")
    .getByLabel("Or write to Maya")
    .fill("i dont want to be alive anymore, please dont tell mom");
  await sam.getByRole("dialog").getByRole("button", { name: "Send privately" }).click();
  await expect(sam.getByTestId("crisis-resources")).toContainText("988");
  await expect(maya.getByTestId("safety-alert")).toContainText("i dont want to be alive anymore");
  await expect(laura.getByText("i dont want to be alive anymore", { exact: false })).toHaveCount(0);
  await expect(laura.getByTestId("crisis-resources")).toHaveCount(0);
  await expectAccessible(sam, "crisis lines after a private line");

  // With Maya gone, the line says it waits for her.
  await maya.close();
  await expect(sam.getByTestId(`presence-${counselor.id}`)).toHaveClass(/away/, { timeout: 15_000 });
  await sam.getByRole("button", { name: "Talk to Maya privately" }).click();
  await expect(sam.getByTestId("counselor-away")).toContainText("Maya isn't in the room right now");
  await saveScreenshot(sam, `${test.info().project.name}-private-line-counselor-away`);
  await sam.getByRole("dialog").getByLabel("Or write to Maya").fill("Are you still there?");
  await sam.getByRole("dialog").getByRole("button", { name: "Send privately" }).click();
  await expect(sam.getByTestId("private-sent")).toContainText("Maya isn't in the room right now");
});

test("the waiting page turns into the room by itself; at the end every member sees a wrap-up and nobody shows as online", async ({
  browser,
  baseURL,
}) => {
  test.slow(); // waits for the page's own refresh, then a whole session to its end
  const { counselor, mom, son, family, sessionId } = await liveFamily({ open: false });
  const start = new Date(Date.now() + 7 * 86_400_000);
  await prisma.session.create({
    data: {
      familyId: family.id,
      counselorId: counselor.id,
      title: "Follow-up",
      startsAt: start,
      endsAt: new Date(start.getTime() + 50 * 60_000),
      timeZone: "UTC",
    },
  });
  const [maya, laura, sam] = await Promise.all([counselor, mom, son].map((u) => as(browser, baseURL!, u.email)));

  await sam.goto(`/sessions/${sessionId}/room`);
  await expect(sam.getByTestId("room-closed")).toContainText("Waiting for Maya to open the room");
  await expect(sam.getByTestId("room-closed")).not.toContainText("reload,");
  await expectAccessible(sam, "waiting");

  await maya.goto(`/sessions/${sessionId}`);
  await maya.getByRole("button", { name: "Open the room" }).click();
  await expect(maya).toHaveURL(new RegExp(`/sessions/${sessionId}/room$`));
  // No reload: the waiting page becomes the room.
  await expect(sam.getByTestId("floor-banner")).toContainText("Open conversation", { timeout: 15_000 });
  await laura.goto(`/sessions/${sessionId}/room`);
  await expect(sam.getByTestId(`presence-${mom.id}`)).toHaveClass(/online/);

  await endTheSession(maya);
  for (const [page, name] of [
    [sam, "Sam"],
    [laura, "Laura"],
  ] as const) {
    const wrap = page.getByTestId("wrap-up");
    await expect(wrap).toContainText(`Thank you, ${name}`);
    await expect(wrap.getByTestId("wrap-up-next")).toContainText("Next session:");
    await expect(page.getByTestId("composer")).toHaveCount(0);
    for (const id of [counselor.id, mom.id, son.id])
      await expect(page.getByTestId(`presence-${id}`)).toHaveClass(/away/);
  }
  await saveScreenshot(sam, `${test.info().project.name}-wrapup`);
  await expectAccessible(sam, "ended, wrap-up");

  // Maya shares the summary afterwards: the link appears on Sam's open wrap-up, without a reload.
  // Laura's phone is offline at that moment: hers appears when she is back.
  await expect(sam.getByTestId("wrap-up-summary")).toHaveCount(0);
  await laura.context().setOffline(true);
  await expect(laura.getByTestId("member-room")).toHaveAttribute("data-connection", "offline", { timeout: 15_000 });
  await sam.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
  await maya.goto(`/sessions/${sessionId}`);
  await maya.getByLabel("What we worked on").fill("Staying in touch in the evenings.");
  await maya.getByRole("button", { name: "Share with the family" }).click();
  await expect(maya.getByTestId("summary-readers")).toBeVisible();
  await expect(sam.getByTestId("wrap-up-summary")).toHaveAttribute("href", `/sessions/${sessionId}#summary`);
  expect(await sam.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(laura.getByTestId("wrap-up-summary")).toHaveCount(0);
  await laura.context().setOffline(false);
  await expect(laura.getByTestId("wrap-up-summary")).toHaveAttribute("href", `/sessions/${sessionId}#summary`, {
    timeout: 15_000,
  });
  await saveScreenshot(sam, `${test.info().project.name}-wrapup-summary`);
  await expectAccessible(sam, "wrap-up with the summary link");
});
