package org.synergies.agreements.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A Strategic Plan target a deliverable serves, by its number. */
@Table("work_plan_deliverable_target")
record DeliverableTarget(int targetNumber) {
}
