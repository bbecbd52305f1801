from tests.partners.builders import (  # noqa: F401
    empty_cache,
    other_partner,
    partner,
    partner_index,
)
