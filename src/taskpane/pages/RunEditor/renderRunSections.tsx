import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge } from '@fluentui/react-components';
import type { RunDraft } from '../../session/runsSession';
import { describeCount, sectionCount } from './placeChecks';
import { renderPlacedMessages } from './renderPlacedMessages';
import { renderRunFields } from './renderRunFields';
import { RUN_EDITOR_SECTIONS, type RunEditorSection } from './runEditorSections';
import type { RunEditorState } from './useRunEditor';
import type { RunEditorStyles } from './useRunEditorStyles';

/** Every section open when the editor opens: nothing is hidden until staff fold it away. */
const ALL_OPEN = RUN_EDITOR_SECTIONS.map((s) => s.id);

/**
 * The form in sections (RUN_EDITOR_SECTIONS): an accordion of headings (h2) that each fold,
 * several open at once, all open at first; a heading counts its section's problems and warnings,
 * so a folded section still says it needs a look.
 */
export function renderRunSections(draft: RunDraft, state: RunEditorState, styles: RunEditorStyles) {
  const fields = renderRunFields(draft, state, styles);
  const section = ({ id, title, fields: sectionFields }: RunEditorSection) => {
    const count = sectionCount(state.placed, id);
    const words = describeCount(count);
    return (
      <AccordionItem key={id} value={id} className={styles.section}>
        <AccordionHeader as="h2" expandIconPosition="end" className={styles.sectionHeader}>
          <span className={styles.sectionTitle}>
            <span>{title}</span>
            {words !== '' && (
              <>
                {/* A space between title and count in the heading's name (a flex container shows none). */}{' '}
                <Badge appearance="tint" color={count.problems > 0 ? 'danger' : 'warning'} className={styles.countBadge}>
                  {words}
                </Badge>
              </>
            )}
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.sectionPanel}>
          {renderPlacedMessages(state.placed.sections[id], styles)}
          {sectionFields.map((field) => fields[field]())}
        </AccordionPanel>
      </AccordionItem>
    );
  };
  return (
    <Accordion multiple collapsible defaultOpenItems={ALL_OPEN}>
      {RUN_EDITOR_SECTIONS.map(section)}
    </Accordion>
  );
}
