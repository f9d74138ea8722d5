import { termEnd } from '../dates/termEnd';
import { nameKey } from '../gather/nameKey';
import { createItem } from '../model/planItem';
import type { Reason } from '../model/reason';
import type { Application } from '../model/records';
import type { RunContext } from '../plan/runContext';
import { isInRunScope } from '../plan/runScope';
import type { ActivateItem, BlockedActivateItem, PlannedActivateItem } from './activateItem';
import { activationTermStart } from './activationTermStart';
import { alignedTermEnd } from './alignedTermEnd';
import { firstTermAmount } from './firstTermAmount';
import { hasActiveMembership } from './hasActiveMembership';
import { nextMembershipId } from './nextMembershipId';

/**
 * The activate items of a run (SPEC §3.7), in Applications sheet order: one per application
 * with Status `Approved` (any letter case) whose Member Type passes the run's Member Types
 * filter. Applications carry no AutoPay, so they are filtered as AutoPay = No.
 *
 * A `ready` item proposes a new `Active` membership: term start = the later of Requested Start
 * and D, term end by §1 with the product's Term Months — or, when the run has Align To, the
 * day before the next Align To day strictly after the start (SPEC §11) — and a Membership ID no Members row,
 * invoice or earlier activation of this run uses. `error` items:
 * - `PRODUCT_NOT_FOUND` `{product}`: the product is not a row of Products;
 * - `ALREADY_ACTIVE` `{product}`: the member already has an `Active` membership of that
 *   product, or an earlier application of this run activates one.
 * With Bill Activations the item's amount is its first term's invoice ({@link firstTermAmount}),
 * due on the term start; without, it has no amount and posts no invoice.
 * Error items claim nothing: no Membership ID, no product.
 *
 * Pure: the IDs and products this run claims are kept in local sets.
 *
 * @example
 * planActivations(ctx).map((i) => [i.key, i.status, i.membershipId])
 * // → [['activate:APP-1', 'ready', 'N-1'], ['activate:APP-2', 'error', null]]
 */
export function planActivations(ctx: RunContext): ActivateItem[] {
  const { state, asOf } = ctx;
  const { alignTo, proration, billActivations } = ctx.run;
  const claimedIds = new Set<string>();
  const claimedProducts = new Set<string>();
  const isUsed = (id: string) => claimedIds.has(id) || state.membersByMembershipId.has(id) || state.invoicesByMembership.has(id);

  const planOne = (application: Application): ActivateItem => {
    const product = state.productsByKey.get(nameKey(application.product));
    if (!product) {
      return blockedItem(application, application.product, { code: 'PRODUCT_NOT_FOUND', detail: { product: application.product } });
    }
    const claim = `${application.memberId}\u0000${nameKey(product.product)}`;
    const memberships = state.membersByMemberId.get(application.memberId) ?? [];
    if (claimedProducts.has(claim) || hasActiveMembership(memberships, product.product, ctx.settings)) {
      return blockedItem(application, product.product, { code: 'ALREADY_ACTIVE', detail: { product: application.product } });
    }
    const membershipId = nextMembershipId(application.memberId, isUsed);
    claimedIds.add(membershipId);
    claimedProducts.add(claim);
    const termStart = activationTermStart(application.requestedStart, asOf);
    const end = alignTo === null ? termEnd(termStart, product.termMonths) : alignedTermEnd(termStart, alignTo);
    const amount = billActivations ? firstTermAmount({ price: product.price, termMonths: product.termMonths, proration, termStart, termEnd: end }) : null;
    return createItem<PlannedActivateItem>({
      ...applicationFields(application),
      status: 'ready',
      membershipId,
      newProduct: product.product,
      termStart,
      termEnd: end,
      amount,
      dueDate: amount === null ? null : termStart,
    });
  };

  const items: ActivateItem[] = [];
  for (const application of state.records.applications) {
    if (nameKey(application.status) !== 'approved') continue;
    if (!isInRunScope(ctx.run, { memberType: application.memberType, autoPay: false })) continue;
    items.push(planOne(application));
  }
  return items;
}

/** An application that cannot be activated: it claims no Membership ID and no term. */
function blockedItem(application: Application, newProduct: string, reason: Reason): BlockedActivateItem {
  return createItem<BlockedActivateItem>({ ...applicationFields(application), status: 'error', reason, newProduct });
}

function applicationFields(application: Application) {
  return {
    key: `activate:${application.applicationId}`,
    action: 'activate' as const,
    memberId: application.memberId,
    name: application.name,
    email: application.email,
    product: application.product,
    applicationRow: application.row,
  };
}
