-- Mixed traffic for the load drill (wrk): sign-ins, order lists (JSON and HTML), order
-- details and timelines, photo previews and originals, and photo uploads. Arguments:
--   TOKEN EMAIL PASSWORD PHOTO_PATH ORDER_IDS(comma) FILE_IDS(comma)
local token, email, password, photo_path, orders_arg, files_arg
local orders, files, photo = {}, {}, ""
local boundary = "portico-load-drill-boundary"

local function split(s)
  local t = {}
  for x in string.gmatch(s, "[^,]+") do t[#t + 1] = x end
  return t
end

function init(args)
  token, email, password, photo_path, orders_arg, files_arg = args[1], args[2], args[3], args[4], args[5], args[6]
  orders, files = split(orders_arg), split(files_arg)
  local f = assert(io.open(photo_path, "rb"))
  photo = f:read("*a")
  f:close()
end

local auth = function() return { ["authorization"] = "Bearer " .. token } end

function request()
  local r = math.random(1000)
  local order = orders[math.random(#orders)]
  local file = files[math.random(#files)]
  if r <= 10 then
    return wrk.format("POST", "/api/v1/auth/token", { ["content-type"] = "application/json" },
      '{"email":"' .. email .. '","password":"' .. password .. '"}')
  elseif r <= 260 then
    return wrk.format("GET", "/api/v1/orders", auth())
  elseif r <= 360 then
    return wrk.format("GET", "/orders", auth())
  elseif r <= 560 then
    return wrk.format("GET", "/api/v1/orders/" .. order, auth())
  elseif r <= 660 then
    return wrk.format("GET", "/api/v1/orders/" .. order .. "/timeline", auth())
  elseif r <= 860 then
    return wrk.format("GET", "/files/" .. file .. "/preview", auth())
  elseif r <= 960 then
    return wrk.format("GET", "/api/v1/files/" .. file .. "/content", auth())
  else
    local h = auth()
    h["content-type"] = "multipart/form-data; boundary=" .. boundary
    local body = "--" .. boundary .. "\r\n" ..
      'Content-Disposition: form-data; name="file"; filename="drill.jpg"\r\n' ..
      "Content-Type: image/jpeg\r\n\r\n" .. photo .. "\r\n--" .. boundary .. "--\r\n"
    return wrk.format("POST", "/api/v1/orders/" .. order .. "/files", h, body)
  end
end

function done(summary, latency, requests)
  io.write(string.format("load: %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("load: errors: connect %d, read %d, write %d, timeout %d, status %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.errors.status))
end
