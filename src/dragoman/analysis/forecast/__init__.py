"""Who follows next: a recognition cascade forecast, backtested on history (docs/forecast.md).

A discrete-time hazard model over (entity, state, month): features are plain functions
of an entity's history, the geography and the coded events, read as of each month;
one L2-regularised logistic fit per direction (a state starts to recognize, or stops).
"""

from .backtest import backtest, switch_ranks
from .features import FEATURES, Context, context
from .geography import Geography, load_geography
from .hazard import HazardModel, build_panel, fit_hazard
from .model import Logistic, fit_logistic
from .ranking import fit_as_of, forecast_recognition, rank

__all__ = ["FEATURES", "Context", "Geography", "HazardModel", "Logistic", "backtest", "build_panel", "context",
           "fit_as_of", "fit_hazard", "fit_logistic", "forecast_recognition", "load_geography", "rank",
           "switch_ranks"]
