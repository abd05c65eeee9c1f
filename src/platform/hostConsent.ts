import * as vscode from 'vscode';
import { PatsnapError, isPatsnapOrigin, userText } from '../api';
import type { UserText } from '../api';
import { StateStore } from './stateStore';

/** What the user answered for one origin. */
export type HostAnswer = 'approved' | 'declined';

export interface RememberedHost {
  readonly origin: string;
  readonly answer: HostAnswer;
}

const STATE_KEY = 'synapseLens.credentialHosts';
export const SEND = vscode.l10n.t('Send');

type Answers = Readonly<Record<string, HostAnswer>>;

function isAnswers(value: unknown): value is Answers {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.values(value).every((answer) => answer === 'approved' || answer === 'declined')
  );
}

/**
 * Whether the stored PatSnap credentials may go to an origin other than PatSnap's own. The first
 * call to such an origin asks once in a modal; the answer is remembered per origin in globalState
 * (an origin and a yes/no, no secret) until the user forgets it. While one question is on screen,
 * every other call to the same origin waits for that answer instead of asking again.
 */
export class HostConsent {
  private readonly answers: StateStore<Answers>;
  private readonly asking = new Map<string, Promise<void>>();

  constructor(memento: vscode.Memento, private readonly log: vscode.LogOutputChannel) {
    this.answers = new StateStore<Answers>(memento, STATE_KEY, {}, isAnswers);
  }

  /**
   * Nothing to wait for when the origin is PatSnap's or already approved; otherwise a promise that
   * rejects, with a message saying why and what to do, unless the user answers Send.
   */
  confirm(origin: string): void | Promise<void> {
    if (isPatsnapOrigin(origin)) return;
    const answer = this.answers.get()[origin];
    if (answer === 'approved') return;
    if (answer === 'declined') return Promise.reject(declinedError(origin));
    let pending = this.asking.get(origin);
    if (!pending) {
      pending = this.ask(origin).finally(() => this.asking.delete(origin));
      this.asking.set(origin, pending);
    }
    return pending;
  }

  remembered(): RememberedHost[] {
    return Object.entries(this.answers.get())
      .map(([origin, answer]) => ({ origin, answer }))
      .sort((a, b) => a.origin.localeCompare(b.origin));
  }

  async forget(origins: readonly string[]): Promise<void> {
    const kept = Object.fromEntries(Object.entries(this.answers.get()).filter(([origin]) => !origins.includes(origin)));
    await this.answers.set(kept);
    for (const origin of origins) this.log.info(`Forgot the answer for sending credentials to ${origin}`);
  }

  private async ask(origin: string): Promise<void> {
    let choice: string | undefined;
    try {
      choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('Send your PatSnap credentials to host {0}?', origin),
        {
          modal: true,
          detail: vscode.l10n.t('Synapse Lens is set to call {0} (setting synapseLens.baseUrl) instead of PatSnap\'s own service. That host will receive your API key, or your client ID and secret. Send them only if you run or trust it. Your answer is remembered for this host; "Synapse Lens: Forget Approved Hosts…" clears it.', origin),
        },
        SEND,
      );
    } catch (err) {
      // The window could not show a dialog (e.g. a test host refuses them): nothing was answered,
      // so nothing is remembered and nothing is sent.
      this.log.warn(`Could not ask whether to send credentials to ${origin}: ${err instanceof Error ? err.message : String(err)}`);
      throw unansweredError(origin);
    }
    const answer: HostAnswer = choice === SEND ? 'approved' : 'declined';
    await this.answers.set({ ...this.answers.get(), [origin]: answer });
    this.log.info(`Sending credentials to ${origin}: ${answer}`);
    if (answer === 'declined') throw declinedError(origin);
  }
}

function declinedError(origin: string): PatsnapError {
  return notSentError(
    origin,
    'the user declined that host',
    userText('Synapse Lens did not send your PatSnap credentials to {0}, because you declined that host. To use PatSnap, set synapseLens.baseUrl back to its default; to be asked again, run "Synapse Lens: Forget Approved Hosts…".', origin),
  );
}

function unansweredError(origin: string): PatsnapError {
  return notSentError(
    origin,
    'could not ask the user',
    userText('Synapse Lens sent nothing to {0}: it could not ask whether you trust that host with your PatSnap credentials. Try again.', origin),
  );
}

function notSentError(origin: string, reason: string, userMessage: UserText): PatsnapError {
  return new PatsnapError({ category: 'invalid', field: 'baseUrl', retryable: false, message: `Credentials not sent to ${origin}: ${reason}`, userMessage });
}
