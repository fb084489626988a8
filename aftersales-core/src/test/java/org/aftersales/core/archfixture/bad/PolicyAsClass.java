package org.aftersales.core.archfixture.bad;

import org.aftersales.core.shared.Policy;

/** Bad: a policy that is a class, so adopters cannot supply their own. */
@Policy
public final class PolicyAsClass {}
