app_name = "wijkafspraken"
urlpatterns: list = []
