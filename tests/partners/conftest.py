from tests.partners.builders import other_partner, partner, partner_index  # noqa: F401
