// The rule file `signals init` writes. It must stay valid under validateRules
// (a test checks it), and it is the rep's documentation, so it explains itself.
export const STARTER_RULES_YAML = `# signals rule file: who is worth a call, and how much each signal is worth.
# Check it after every edit:      signals rules check
# See how an edit changes things: signals rules test --since 90d
# Apply it to the stored ranking: signals rescore
#
# A prospect's score (0–100) is the sum of
#   fit      points for each ICP criterion below the company meets,
#   triggers each recent event matching a trigger: points × 0.5^(age / half-life),
#   warmth   the best way in through someone you know,
#   bonus    a little extra when several independent triggers fire at once,
# and \`signals explain <prospect>\` shows every one of those lines.

# Ideal customer profile. Firmographics come from your CRM export
# (\`signals accounts import\`); a company without an account shows "unknown"
# for these lines and scores 0 on them — neither a match nor a miss.
icp:
  # Matched against the account's industry; common CRM labels are understood
  # ("software" matches "Computer Software", "fintech" matches "Financial Services").
  industries: [software, saas]
  employees: { min: 20, max: 500 }
  # ISO codes (US, GB, DE) or names ("United States", "UK", "Germany").
  countries: [US, GB, DE]
  # The company's latest known round.
  funding_stages: [seed, series_a, series_b]
  # Words looked for in the company's name, industry and news headlines.
  keywords: [platform, analytics]
  # Points for each criterion met.
  points: { industry: 15, employees: 10, country: 5, funding_stage: 5, keywords: 5 }

# Triggers: which events count and how much a fresh one is worth.
# \`when\` takes an event type (funding, job_change, acquisition, departure) and
# any of these conditions (all must hold):
#   round: [series_a, series_b]          funding round (pre_seed, seed, angel, series_a…series_j,
#                                        convertible_note, debt, grant, private_equity, corporate,
#                                        crowdfunding, post_ipo, unknown)
#   amount_usd: { min: 5M, max: 100M }   amount converted to US dollars (5000000, 5_000_000 or 5M)
#   investors_include: [Sequoia]         one of these invested
#   seniority: [c_level, vp, head]       founder, c_level, vp, head, director, manager, individual
#   function: [marketing, sales]         marketing, sales, engineering, product, finance, operations,
#                                        hr, security, data, customer_success, legal, design,
#                                        general_management, it, communications, strategy, other
#   title_matches: "revenue|growth"      the title as written (a case-insensitive regular expression)
#   min_confidence: 0.7                  only events the extractor is at least this sure of
# An event counts once, under the trigger that values it most, and each trigger
# counts once per company — so list specific triggers with more points and broad
# ones with fewer. \`half_life_days\` overrides the default below for one trigger.
triggers:
  - name: Series A/B raised
    when: { type: funding, round: [series_a, series_b], amount_usd: { min: 5M } }
    points: 35
  - name: Seed round
    when: { type: funding, round: [seed, pre_seed] }
    points: 20
  - name: Any other funding
    when: { type: funding }
    points: 10
  - name: New marketing leader
    when: { type: job_change, function: marketing, seniority: [c_level, vp, head] }
    points: 30
    half_life_days: 60   # a new CMO buys for months, not weeks
  - name: New sales leader
    when: { type: job_change, function: sales, seniority: [c_level, vp, head] }
    points: 30
    half_life_days: 60
  - name: Made an acquisition
    when: { type: acquisition }
    points: 10

# How fast triggers cool down: worth half after half_life_days, nothing after max_age_days.
recency:
  half_life_days: 21
  max_age_days: 120

# Companies that never rank.
exclude:
  customers: true          # accounts your CRM marks as customers (lifecycle/type "customer")
  competitors: []          # names or domains, e.g. [Quanta Forge, rivalco.com]
  do_not_contact: []       # company names, people's names or domains
  # companies_file: exclude.csv   # a CSV of names or domains, relative to this file

# Warm paths through your connections (\`signals contacts import Connections.csv\`).
# The best single path counts.
warmth:
  person_is_connection: 30    # the person in the event is your 1st-degree connection
  connection_at_company: 20   # one of your connections works there
  former_colleague: 12        # a connection worked with the person at their previous company

# Several independent triggers at once (a round AND a new VP Sales) are a stronger signal.
multi_trigger_bonus: { per_extra_trigger: 5, max: 10 }

# A prospect you exported stays out of the ranking for this many days (from the next scan),
# unless a new trigger for it arrives after the export.
cooldown_days: 30
`;
