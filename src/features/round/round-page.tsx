import { PythonLoading } from '../../components/python-loading';
import { useStickyOffset } from '../../lib/use-sticky-offset';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Round } from '../../domain/round/round.schema';
import { BriefPhase } from './brief-phase';
import { CodePhase } from './code-phase';
import { EstimatePhase } from './estimate-phase';
import { InterviewerPanel } from './interviewer-panel';
import { NotesPanel } from './notes-panel';
import { PairControls } from './pair-controls';
import { PromptNudges } from './prompt-nudges';
import { RecapPhase } from './recap-phase';
import { RevealPhase } from './reveal-phase';
import { RoundBar } from './round-bar';
import { RoundHints } from './round-hints';
import type { RoundSlots } from './round-slots';
import { SavedPhase } from './saved-phase';
import { RemotePairCard } from './remote-pair-card';
import { usePairLink } from './use-pair-link';
import { useScrollTopOnPhase } from './use-scroll-top-on-phase';
import { useRemotePair } from './use-remote-pair';
import { useActiveRound } from './use-round-store';
import { useRevealRun, type RevealRun } from './use-reveal-run';

export interface RoundPageProps extends RoundSlots {
  problem: Problem;
}

function PhaseView({
  problem,
  round,
  slots,
  reveal,
}: {
  problem: Problem;
  round: Round;
  slots: RoundSlots;
  reveal: RevealRun;
}) {
  switch (round.phase) {
    case 'brief':
      return <BriefPhase problem={problem} statement={slots.statement} pair={!!round.pair} />;
    case 'code':
      return <CodePhase problem={problem} round={round} slots={slots} />;
    case 'estimate':
      return (
        <EstimatePhase
          problem={problem}
          round={round}
          renderEditor={slots.renderEditor}
          onReveal={() => void reveal.reveal()}
          revealing={reveal.running}
        />
      );
    case 'reveal':
      return (
        <RevealPhase
          problem={problem}
          round={round}
          run={reveal}
          renderResults={slots.renderResults}
          renderGrowth={slots.renderGrowth}
        />
      );
    case 'recap':
      return <RecapPhase />;
    case 'saved':
      return <SavedPhase />;
  }
}

/**
 * `/round`: the active round on `problem`. Everything shown comes from the store's round, so a
 * reload lands on the same phase, code, notes and estimates, and the clock runs on from the
 * absolute deadline.
 */
export function RoundPage({ problem, ...slots }: RoundPageProps) {
  const round = useActiveRound();
  const reveal = useRevealRun(problem);
  const { connected } = usePairLink(round, problem.hints);
  const { measure: measureBar, style: barOffset } = useStickyOffset<HTMLDivElement>();
  useScrollTopOnPhase(round?.phase);
  const remote = useRemotePair(round, problem.hints);
  if (!round) return null;
  const { phase } = round;
  const thinking = phase === 'brief' || phase === 'code' || phase === 'estimate';
  // Python runs until the reveal; a fresh round started once it was ready (start-round-dialog), so
  // this shows after a reload, when the clock (absolute) runs on while Python loads again.
  const needsPython = round.language === 'py' && (thinking || phase === 'reveal');
  // Pair practice: the prompts go to the interviewer, who may sit beside the candidate (panel).
  const panel = round.pair === 'panel' && phase !== 'saved' ? slots.renderInterviewer : undefined;

  return (
    <div className={`round-page round-phase-${phase}`} style={barOffset}>
      <title>{`Round: ${problem.title} · MockRound`}</title>
      {/* Pinned on narrow screens: the clock and I'm done stay in reach while the page scrolls. */}
      <div className="round-bar-sticky" ref={measureBar}>
        <RoundBar title={problem.title} round={round} />
        {needsPython && <PythonLoading note="the round’s clock keeps running" />}
      </div>
      <div className={panel ? 'round-body round-body-with-panel' : 'round-body'}>
        <div className="round-main">
          <PhaseView problem={problem} round={round} slots={slots} reveal={reveal} />
        </div>
        {phase !== 'saved' && (
          <aside className="round-aside" aria-label="Notes and nudges">
            <PairControls
              round={round}
              connected={connected || !!remote.state?.peer}
              canShowPanel={!!slots.renderInterviewer}
            />
            <RemotePairCard remote={remote} />
            {thinking && !round.pair && <PromptNudges round={round} />}
            {(phase === 'brief' || phase === 'code') && (
              <RoundHints round={round} hints={problem.hints} />
            )}
            <NotesPanel notes={round.notes} />
          </aside>
        )}
        {panel && <InterviewerPanel round={round} problem={problem} render={panel} />}
      </div>
    </div>
  );
}
