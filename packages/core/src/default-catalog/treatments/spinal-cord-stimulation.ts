import type { Treatment } from '../../schemas/catalog.js';
import { TA159 } from './sources.js';

export const spinalCordStimulation: Treatment = {
  slug: 'spinal-cord-stimulation',
  name: 'Spinal cord stimulation',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'A spinal cord stimulator is a small device put under the skin, a bit like a heart pacemaker. It sends mild ' +
    'electric pulses to the spinal cord (the bundle of nerves inside the spine), through thin wires placed close ' +
    'to it. The pulses change how pain signals reach the brain. It is used for some kinds of long-lasting nerve ' +
    'pain (neuropathic pain). One example is pain in a leg or arm that goes on after spine surgery. It is also ' +
    'used for complex regional pain syndrome (CRPS), a severe pain that can follow an injury. NICE (which writes ' +
    'guidance for the NHS) supports it in TA159 for adults with this kind of pain. The pain must have been at ' +
    'least 50 on a 0 to 100 scale for at least 6 months, despite usual care. An expert team must assess you before ' +
    'anything is done. And a trial of stimulation must work before a device is fitted for good.',
  benefits: [
    'After a trial that works, it helps some people with long-lasting pain. This is pain that medicines, therapy ' +
      'or injections have not eased. It may help people do more in daily life.',
    'You try it first with a temporary system for a week or two. A permanent device is only fitted if it clearly ' +
      'helps you.',
    'You control it with a hand-held remote. The settings can be changed as your needs change, and it can be ' +
      'switched off or taken out.',
    'Some people are able to use less pain medicine. Any change is planned with their prescriber.',
  ],
  downsides: [
    'It means two procedures: the trial, then the implant. More surgery may be needed later to fix or replace ' +
      'parts or the battery.',
    'Device problems are fairly common. Wires can shift, parts can fail, and the area around the implant can hurt.',
    'Risks include infection and bleeding. Rarely, nerves or the spinal cord are injured. It can limit MRI scans ' +
      'in the future, unless your system is safe in MRI. Some treatments can no longer be used, such as diathermy ' +
      '(heat from an electric current).',
    'Relief can fade over the years, and for many people it is partial.',
  ],
  whatItIsLike:
    'Before anything is done, a team assesses you. It may include pain doctors, nurses, psychologists and ' +
    'physiotherapists. You talk about your hopes and your mood, because success depends on more than the device. ' +
    'The trial often lasts 1 to 2 weeks. Thin wires are placed near the spinal cord through a needle or a small ' +
    'cut. They are joined to a battery outside your body, and you keep a diary of pain and activity. If the trial ' +
    'helps enough, a permanent system is fitted. This is often done under sedation or general anaesthetic, with ' +
    'the battery under the skin of the buttock or belly. You may stay in hospital overnight. The wounds are sore ' +
    'for a few weeks. You avoid bending, twisting and lifting for around 6 weeks so the wires can settle. You ' +
    'learn to use the remote and come back to have the settings changed.',
  invasiveness: 'surgical',
  timeToEffect: 'Often felt during the 1 to 2 week trial. The settings are fine-tuned over the next weeks.',
  durationOfRelief: 'Can last years while the device works, though for some people the effect fades.',
  uncertainty:
    'Most trials compare stimulation with usual care, not with a device that is switched off. They follow people ' +
    'for only a year or two. So the long-term benefit is less certain. Newer types of stimulation are being ' +
    'studied. It is unclear which type suits whom. NICE TA159 does not support it for pain caused by poor blood ' +
    'flow, outside research.',
  evidence: [
    {
      source: 'NICE TA159 (2008) Spinal cord stimulation for chronic pain of neuropathic or ischaemic origin',
      url: TA159,
      note:
        'For adults whose neuropathic pain has scored 50 mm or more on a 0-100 mm VAS for 6 months or longer ' +
        'despite conventional medical care, once a stimulation trial has succeeded; a multidisciplinary team with ' +
        'SCS experience must assess first.',
    },
    {
      source: 'Neuromodulation Foundation: spinal cord stimulation patient selection parameters',
      note: 'Lists conditions that rule out or delay implanting a stimulator.',
    },
    {
      source: 'Mayo Clinic scoping review of psychological evaluation before spinal cord stimulation (2024)',
      note: 'Psychological assessment before implant is standard practice.',
    },
    {
      source:
        'ASRA/ESRA/AAPM/INS/NANS/WIP guidelines on interventional spine and pain procedures in patients on ' +
        'antiplatelet and anticoagulant medications (2015; 2018 update)',
      note: 'Stimulator trial and implant are high bleeding-risk procedures.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
