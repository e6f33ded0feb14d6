"""The customer archive (客户档案 / 客史档案): profiles, phones, preferences, key dates."""
