"""Answer models, answerers and checks."""
