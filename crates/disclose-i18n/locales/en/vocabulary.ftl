# The closed vocabularies of the records (docs/design.md), as people read them. The id
# after the dash is the value files and the store write.

## Legal processes
process-subpoena = Subpoena
process-court_order = Court order
process-search_warrant = Search warrant
process-pen_register = Pen register
process-wiretap = Wiretap
process-emergency = Emergency
process-preservation = Preservation
process-national_security = National security
process-foreign = Foreign government
process-civil = Civil
process-other = Other

## Outcomes of a request
outcome-complied = Complied
outcome-partial = Partly complied
outcome-no_data = No data
outcome-rejected = Rejected
outcome-withdrawn = Withdrawn
outcome-pending = Pending

## What happened to a category asked for
disposition-provided = Provided
disposition-partial = Partly provided
disposition-not_held = Not held
disposition-withheld = Withheld
disposition-pending = Pending

## Legal classes of data
category_class-subscriber = Subscriber information
category_class-non_content = Non-content
category_class-content = Content

## Kinds of policy change
policy_kind-retention = Retention
policy_kind-collection = Collection
policy_kind-disclosure = Disclosure
policy_kind-notification = User notification
policy_kind-other = Other

## Figures of published counts
metric-requests = Requests
metric-accounts = Accounts specified
metric-some_data_produced = Requests with some data produced
metric-content_disclosed = Requests with content disclosed
metric-non_content_disclosed = Requests with only non-content disclosed
metric-rejected = Requests rejected
metric-no_data = Requests with no data found
metric-users_notified = Users notified
metric-under_seal = Under a gag order
metric-not_notified = Not notified
metric-median_hours_to_confirm = Median hours to confirm receipt
metric-median_hours_to_effect = Median hours to give effect

## What a published figure counts in
unit-count = Count
unit-percent = Per cent
unit-hours = Hours

## What published counts are about, beyond account data
scope-devices = Devices
scope-financial_identifiers = Payment identifiers
scope-push_tokens = Push tokens
scope-digital_content_providers = Digital content providers
scope-account_restriction = Account restriction or deletion
scope-app_takedown_legal = App takedowns (legal violation)
scope-app_takedown_policy = App takedowns (platform policy)
scope-enterprise_cloud = Enterprise cloud customers
scope-diplomatic = Requests through diplomatic channels
scope-enterprise_diplomatic = Enterprise requests through diplomatic channels
scope-content_orders = Orders to act against illegal content

## The built-in data categories (a store may name its own categories; those stay as written)
category-name = Name
category-email_address = Email address
category-postal_address = Postal address
category-phone_number = Phone number
category-ip_address = IP address
category-activity_logs = Activity logs
category-session_records = Session records
category-account_metadata = Account metadata
category-payment_info = Payment information
category-uploaded_content = Uploaded content records
category-download_logs = Download logs
category-content = Stored content
category-other = Other

## How long data is kept (retention)
retention-account_lifetime = as long as the account exists
retention-indefinite = indefinitely
retention-none = not kept
retention-kept = kept { $how }
retention-kept-account_lifetime = kept as long as the account exists
retention-year = { $n ->
    [one] { $count } year
   *[other] { $count } years
}
retention-month = { $n ->
    [one] { $count } month
   *[other] { $count } months
}
retention-week = { $n ->
    [one] { $count } week
   *[other] { $count } weeks
}
retention-day = { $n ->
    [one] { $count } day
   *[other] { $count } days
}
retention-hour = { $n ->
    [one] { $count } hour
   *[other] { $count } hours
}
retention-minute = { $n ->
    [one] { $count } minute
   *[other] { $count } minutes
}
retention-second = { $n ->
    [one] { $count } second
   *[other] { $count } seconds
}

## A category's state before and after a policy change
state-held = held
state-not-held = not held
state-in = in { $location }
state-nothing-stated = nothing stated

## What the inventory of a day says about a category (exposure)
reach-held = held
reach-held_for_a_period = held for a limited period
reach-not_held = not held
reach-not_recorded = not recorded
holding-no-retention = with no retention stated
holding-last = held only for the last { $how }
holding-fixed-period = held in { $count } places, only for a fixed period ({ $how })
holding-one-place = held in 1 place, { $how }
holding-each = held in { $count } places, each { $how }
holding-places = held in { $count } places ({ $how })
causes-one = the policy change of { $dates }
causes-many = the policy changes of { $dates }

## Lists
list-and = { $rest } and { $last }

## Records counted: what an import added, what an organisation holds
records-counted = { $kind ->
    [requests] { $n ->
        [one] { $count } request
       *[other] { $count } requests
    }
    [inventory] { $n ->
        [one] { $count } inventory entry
       *[other] { $count } inventory entries
    }
    [policy_changes] { $n ->
        [one] { $count } policy change
       *[other] { $count } policy changes
    }
    [organisations] { $n ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
    [matters] { $n ->
        [one] { $count } matter
       *[other] { $count } matters
    }
    [aggregates] { $n ->
        [one] { $count } published count
       *[other] { $count } published counts
    }
    [categories] { $n ->
        [one] { $count } category
       *[other] { $count } categories
    }
    [report_texts] { $n ->
        [one] { $count } report text
       *[other] { $count } report texts
    }
    [replaced] { $count } replaced
   *[other] { $count } { $kind }
}
records-nothing-new = nothing new
records-unchanged = { $count } unchanged
records-none = no records
