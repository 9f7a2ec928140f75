import { FIRST_STEP, stepPath, type Draft, isEmergencySign, tickedSigns } from '@painpath/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { publishedCatalogQuery } from '../catalog.ts';
import { nextPath } from '../answers/flow.ts';
import { screen } from '../answers/screening.ts';
import { useDraft } from '../answers/store.ts';
import { UrgentAdvice } from './UrgentAdvice.tsx';
import { usePage } from './form/usePage.ts';

/**
 * Why the questions stopped. Worked out again from the answers in this tab (the address carries
 * none), with the same screening as straight after the warning signs.
 */
export function UrgentPage() {
  const [draft] = useDraft();
  const catalog = useQuery(publishedCatalogQuery);
  const signs = tickedSigns(draft);
  if (signs.length === 0) return <NoSigns />;
  if (catalog.isError) return <CatalogMissing draft={draft} />;
  if (!catalog.data) return <Loading />;
  const urgency = screen(catalog.data, draft);
  if (!urgency) return <Checked draft={draft} />;
  return <UrgentScreen urgency={urgency} signs={signs} />;
}

function UrgentScreen(props: Parameters<typeof UrgentAdvice>[0]) {
  usePage(props.urgency.level === 'emergency' ? 'Get help now' : 'Get medical advice today');
  return <UrgentAdvice {...props} />;
}

function Loading() {
  usePage('Loading');
  return <p role="status">Loading…</p>;
}

function NoSigns() {
  usePage('No warning signs');
  return (
    <div className="readable">
      <h1>No warning signs</h1>
      <p>You have not told us about any warning signs in this tab, so there is nothing urgent to show.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </div>
  );
}

function Checked({ draft }: { draft: Draft }) {
  usePage('A doctor has checked these signs');
  return (
    <div className="readable">
      <h1>A doctor has checked these signs</h1>
      <p>You told us a doctor has already checked the warning signs you ticked, so you can carry on.</p>
      <Link href={nextPath(draft, 'red-flags-checked')} className="button">
        Continue
      </Link>
    </div>
  );
}

/** The catalog could not load: general safety advice written into the app, never silence. */
function CatalogMissing({ draft }: { draft: Draft }) {
  const signs = tickedSigns(draft);
  const emergency = signs.some(isEmergencySign);
  const urgency = emergency
    ? { level: 'emergency' as const, message: 'Call 999 or go to A&E now.' }
    : { level: 'urgent' as const, message: 'Please see a GP today, or call NHS 111.' };
  return (
    <>
      <UrgentScreen urgency={urgency} signs={signs} />
      <p className="readable">
        <Link href={stepPath(FIRST_STEP)}>Go back to the questions</Link>
      </p>
    </>
  );
}
