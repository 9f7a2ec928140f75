import { stepPath } from '@painpath/ui';
import { Link } from 'wouter';
import { usePage } from './form/usePage.ts';

/** Under 16: the questions stop here; nothing about the person was saved. */
export function UnderSixteenPage() {
  usePage('This tool is for people aged 16 and over');
  return (
    <div className="readable">
      <Link href={stepPath('age')} className="back-link no-print">
        Back
      </Link>
      <h1>This tool is for people aged 16 and over</h1>
      <p>The advice it uses is written for people aged 16 and over, so it cannot help you yet.</p>
      <p>If you have had pain for a long time, talk to:</p>
      <ul>
        <li>a parent, carer or an adult you trust</li>
        <li>your GP, who can send you to a pain service for children and young people</li>
        <li>your school nurse</li>
      </ul>
      <p>If you feel very unwell or think it is an emergency, call 999. For urgent advice, call NHS 111.</p>
      <p>
        If you typed the wrong age, <Link href={stepPath('age')}>go back and change it</Link>.
      </p>
    </div>
  );
}
